-- A published revision is a frozen content package; the public side reads only the newest one.
create table revision (
    id           bigint       not null auto_increment primary key,
    number       int          not null,
    published_at datetime(6)  not null,
    published_by varchar(100) not null,
    note         varchar(500),
    content      longtext     not null,
    constraint uq_revision_number unique (number)
);

create table audit_entry (
    id          bigint       not null auto_increment primary key,
    happened_at datetime(6)  not null,
    actor       varchar(100) not null,
    action      varchar(40)  not null,
    entity_type varchar(32),
    entity_slug varchar(140),
    detail      varchar(1000)
);

create index ix_audit_entry_happened_at on audit_entry (happened_at);
