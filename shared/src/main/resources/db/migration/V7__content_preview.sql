-- A draft preview for staff: the content package of the draft with an editor's unsaved changes,
-- reachable on kiosk-ui only by its random token and only for an hour (see docs/adr/006-draft-preview.md).
create table content_preview (
    token      varchar(43)  not null primary key,
    content    longtext     not null,
    created_by varchar(100) not null,
    created_at datetime(6)  not null,
    expires_at datetime(6)  not null
);

create index ix_content_preview_expires_at on content_preview (expires_at);
