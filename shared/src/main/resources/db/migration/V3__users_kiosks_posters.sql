create table app_user (
    id                   bigint       not null auto_increment primary key,
    username             varchar(100) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    created_at           datetime(6)  not null,
    version              int          not null default 0,
    constraint uq_app_user_username unique (username)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id) on delete cascade
);

-- A translator works on these languages only; a user limited to sites sees only those.
create table user_language (
    user_id       bigint      not null,
    language_code varchar(16) not null,
    primary key (user_id, language_code),
    constraint fk_user_language_user foreign key (user_id) references app_user (id) on delete cascade
);

create table user_site (
    user_id bigint not null,
    site_id bigint not null,
    primary key (user_id, site_id),
    constraint fk_user_site_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint fk_user_site_site foreign key (site_id) references site (id)
);

create table kiosk (
    id                bigint       not null auto_increment primary key,
    name              varchar(100) not null,
    site_id           bigint,
    floor_id          bigint,
    x                 double,
    y                 double,
    idle_seconds      int          not null,
    pairing_code      varchar(16),
    credential_hash   varchar(200),
    paired_at         datetime(6),
    revoked           boolean      not null,
    last_heartbeat_at datetime(6),
    software_version  varchar(40),
    screen_size       varchar(40),
    version           int          not null default 0,
    constraint uq_kiosk_pairing_code unique (pairing_code),
    constraint fk_kiosk_site foreign key (site_id) references site (id),
    constraint fk_kiosk_floor foreign key (floor_id) references floor (id)
);

create table kiosk_language (
    kiosk_id      bigint      not null,
    position      int         not null,
    language_code varchar(16) not null,
    primary key (kiosk_id, position),
    constraint fk_kiosk_language_kiosk foreign key (kiosk_id) references kiosk (id) on delete cascade
);

-- A poster points at a target by slug, so retargeting never needs a reprint.
create table poster (
    id                 bigint       not null auto_increment primary key,
    code               varchar(16)  not null,
    target_type        varchar(16)  not null,
    target_slug        varchar(64),
    paper_format       varchar(16)  not null,
    bleed              boolean      not null,
    viewing_distance_m double       not null,
    placement          varchar(200),
    created_at         datetime(6)  not null,
    created_by         varchar(100) not null,
    version            int          not null default 0,
    constraint uq_poster_code unique (code)
);

create table poster_language (
    poster_id     bigint      not null,
    position      int         not null,
    language_code varchar(16) not null,
    primary key (poster_id, position),
    constraint fk_poster_language_poster foreign key (poster_id) references poster (id) on delete cascade
);

-- Scans are counted per poster and day; nothing about the visitor is stored.
create table scan_count (
    poster_id bigint not null,
    scan_day  date   not null,
    scans     int    not null,
    primary key (poster_id, scan_day),
    constraint fk_scan_count_poster foreign key (poster_id) references poster (id) on delete cascade
);
