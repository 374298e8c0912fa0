-- Least privilege for the public side (kiosk-ui), re-applied after every migration run.
-- kiosk-ui reads published revisions, assets, posters and kiosks; it writes only scan counts
-- and kiosk heartbeats. It cannot read drafts, users or the audit log.
GRANT SELECT ON revision TO '${public_user}'@'${public_host}';
GRANT SELECT ON asset TO '${public_user}'@'${public_host}';
GRANT SELECT ON poster TO '${public_user}'@'${public_host}';
GRANT SELECT ON poster_language TO '${public_user}'@'${public_host}';
GRANT SELECT, INSERT, UPDATE ON scan_count TO '${public_user}'@'${public_host}';
GRANT SELECT, UPDATE ON kiosk TO '${public_user}'@'${public_host}';
GRANT SELECT ON kiosk_language TO '${public_user}'@'${public_host}';
GRANT SELECT, INSERT, UPDATE ON search_miss TO '${public_user}'@'${public_host}';
-- Draft previews: kiosk-ui renders them by token but never writes them (admin-ui stores and deletes them).
GRANT SELECT ON content_preview TO '${public_user}'@'${public_host}';
