-- Least privilege for the public side (kiosk-ui), re-applied after every migration run.
-- kiosk-ui reads published revisions, assets, posters and kiosks; it writes only scan counts,
-- kiosk heartbeats and pairing requests. It cannot read drafts, users or the audit log.
GRANT SELECT ON revision TO '${public_user}'@'${public_host}';
GRANT SELECT ON asset TO '${public_user}'@'${public_host}';
GRANT SELECT ON poster TO '${public_user}'@'${public_host}';
GRANT SELECT ON poster_language TO '${public_user}'@'${public_host}';
GRANT SELECT, INSERT, UPDATE ON scan_count TO '${public_user}'@'${public_host}';
GRANT SELECT ON kiosk TO '${public_user}'@'${public_host}';
-- Kiosks write their heartbeat and nothing else of their row: the table-wide UPDATE of older
-- installations is granted (so it exists) and revoked, then only the heartbeat columns are granted.
GRANT UPDATE ON kiosk TO '${public_user}'@'${public_host}';
REVOKE UPDATE ON kiosk FROM '${public_user}'@'${public_host}';
GRANT UPDATE (last_heartbeat_at, software_version, screen_size, since_reload_seconds, reload_requested)
    ON kiosk TO '${public_user}'@'${public_host}';
GRANT SELECT ON kiosk_language TO '${public_user}'@'${public_host}';
GRANT SELECT, INSERT ON kiosk_pairing TO '${public_user}'@'${public_host}';
GRANT SELECT, INSERT, UPDATE ON search_miss TO '${public_user}'@'${public_host}';
-- Draft previews: kiosk-ui renders them by token but never writes them (admin-ui stores and deletes them).
GRANT SELECT ON content_preview TO '${public_user}'@'${public_host}';
