-- Draft content: what editors change. Visitor-facing text lives in `translation`,
-- keyed by entity type, entity slug, field and language (see docs/content-package.md).

create table organisation (
    id               bigint       not null auto_increment primary key,
    logo             varchar(255),
    primary_color    varchar(7)   not null,
    accent_color     varchar(7)   not null,
    default_language varchar(16)  not null,
    time_zone        varchar(64)  not null,
    public_base_url  varchar(255) not null,
    version          int          not null default 0
);

create table language (
    id          bigint       not null auto_increment primary key,
    code        varchar(16)  not null,
    native_name varchar(100) not null,
    direction   varchar(3)   not null,
    enabled     boolean      not null,
    position    int          not null,
    version     int          not null default 0,
    constraint uq_language_code unique (code)
);

create table site (
    id          bigint       not null auto_increment primary key,
    slug        varchar(64)  not null,
    street      varchar(200),
    postal_code varchar(16),
    city        varchar(100),
    position    int          not null,
    version     int          not null default 0,
    constraint uq_site_slug unique (slug)
);

create table site_opening_hours (
    site_id     bigint      not null,
    position    int         not null,
    day_of_week varchar(9)  not null,
    opens       time        not null,
    closes      time        not null,
    primary key (site_id, position),
    constraint fk_site_hours_site foreign key (site_id) references site (id) on delete cascade
);

create table building (
    id       bigint      not null auto_increment primary key,
    slug     varchar(64) not null,
    site_id  bigint      not null,
    position int         not null,
    version  int         not null default 0,
    constraint uq_building_slug unique (slug),
    constraint fk_building_site foreign key (site_id) references site (id)
);

create table floor (
    id          bigint       not null auto_increment primary key,
    slug        varchar(64)  not null,
    building_id bigint       not null,
    level       int          not null,
    plan_image  varchar(255),
    position    int          not null,
    version     int          not null default 0,
    constraint uq_floor_slug unique (slug),
    constraint fk_floor_building foreign key (building_id) references building (id)
);

create table room (
    id        bigint      not null auto_increment primary key,
    slug      varchar(64) not null,
    floor_id  bigint      not null,
    number    varchar(32) not null,
    x         double,
    y         double,
    step_free boolean     not null,
    position  int         not null,
    version   int         not null default 0,
    constraint uq_room_slug unique (slug),
    constraint fk_room_floor foreign key (floor_id) references floor (id)
);

create table office (
    id                bigint       not null auto_increment primary key,
    slug              varchar(64)  not null,
    phone             varchar(64),
    email             varchar(200),
    appointment_url   varchar(500),
    appointment_phone varchar(64),
    position          int          not null,
    version           int          not null default 0,
    constraint uq_office_slug unique (slug)
);

create table office_room (
    office_id bigint not null,
    position  int    not null,
    room_id   bigint not null,
    primary key (office_id, position),
    constraint fk_office_room_office foreign key (office_id) references office (id) on delete cascade,
    constraint fk_office_room_room foreign key (room_id) references room (id)
);

create table office_opening_hours (
    office_id   bigint     not null,
    position    int        not null,
    day_of_week varchar(9) not null,
    opens       time       not null,
    closes      time       not null,
    primary key (office_id, position),
    constraint fk_office_hours_office foreign key (office_id) references office (id) on delete cascade
);

create table office_exception (
    id        bigint  not null auto_increment primary key,
    office_id bigint  not null,
    date_from date    not null,
    date_to   date    not null,
    closed    boolean not null,
    opens     time,
    closes    time,
    position  int     not null,
    version   int     not null default 0,
    constraint uq_office_exception unique (office_id, date_from),
    constraint fk_office_exception_office foreign key (office_id) references office (id) on delete cascade
);

create table partner_place (
    id          bigint       not null auto_increment primary key,
    slug        varchar(64)  not null,
    street      varchar(200),
    postal_code varchar(16),
    city        varchar(100),
    phone       varchar(64),
    email       varchar(200),
    website     varchar(500),
    map_url     varchar(500),
    position    int          not null,
    version     int          not null default 0,
    constraint uq_partner_place_slug unique (slug)
);

create table partner_place_opening_hours (
    partner_place_id bigint     not null,
    position         int        not null,
    day_of_week      varchar(9) not null,
    opens            time       not null,
    closes           time       not null,
    primary key (partner_place_id, position),
    constraint fk_partner_hours_place foreign key (partner_place_id) references partner_place (id) on delete cascade
);

create table topic (
    id        bigint      not null auto_increment primary key,
    slug      varchar(64) not null,
    pictogram varchar(64),
    position  int         not null,
    version   int         not null default 0,
    constraint uq_topic_slug unique (slug)
);

create table document_type (
    id        bigint      not null auto_increment primary key,
    slug      varchar(64) not null,
    pictogram varchar(64),
    position  int         not null,
    version   int         not null default 0,
    constraint uq_document_type_slug unique (slug)
);

create table service (
    id                   bigint       not null auto_increment primary key,
    slug                 varchar(64)  not null,
    pictogram            varchar(64),
    office_id            bigint,
    partner_place_id     bigint,
    appointment_required boolean      not null,
    online_url           varchar(500),
    leika_key            varchar(32),
    position             int          not null,
    version              int          not null default 0,
    constraint uq_service_slug unique (slug),
    constraint fk_service_office foreign key (office_id) references office (id),
    constraint fk_service_partner_place foreign key (partner_place_id) references partner_place (id)
);

create table service_room (
    service_id bigint not null,
    position   int    not null,
    room_id    bigint not null,
    primary key (service_id, position),
    constraint fk_service_room_service foreign key (service_id) references service (id) on delete cascade,
    constraint fk_service_room_room foreign key (room_id) references room (id)
);

create table service_topic (
    service_id bigint not null,
    position   int    not null,
    topic_id   bigint not null,
    primary key (service_id, position),
    constraint fk_service_topic_service foreign key (service_id) references service (id) on delete cascade,
    constraint fk_service_topic_topic foreign key (topic_id) references topic (id)
);

create table checklist_item (
    id               bigint  not null auto_increment primary key,
    service_id       bigint  not null,
    document_type_id bigint  not null,
    optional         boolean not null,
    position         int     not null,
    version          int     not null default 0,
    constraint uq_checklist_item unique (service_id, document_type_id),
    constraint fk_checklist_service foreign key (service_id) references service (id) on delete cascade,
    constraint fk_checklist_document_type foreign key (document_type_id) references document_type (id)
);

create table announcement (
    id          bigint      not null auto_increment primary key,
    slug        varchar(64) not null,
    valid_from  datetime    not null,
    valid_until datetime    not null,
    position    int         not null,
    version     int         not null default 0,
    constraint uq_announcement_slug unique (slug)
);

create table announcement_site (
    announcement_id bigint not null,
    position        int    not null,
    site_id         bigint not null,
    primary key (announcement_id, position),
    constraint fk_announcement_site_announcement foreign key (announcement_id) references announcement (id) on delete cascade,
    constraint fk_announcement_site_site foreign key (site_id) references site (id)
);

-- One row per translatable field and language. The default language's row is the source;
-- source_text keeps the source a translation was made from, so a changed source marks it outdated.
create table translation (
    id            bigint      not null auto_increment primary key,
    entity_type   varchar(32) not null,
    entity_slug   varchar(140) not null,
    field         varchar(32) not null,
    language_code varchar(16) not null,
    body          text        not null,
    status        varchar(10) not null,
    source_text   text,
    updated_at    datetime(6) not null,
    version       int         not null default 0,
    constraint uq_translation unique (entity_type, entity_slug, field, language_code)
);

-- Uploaded images (logo, floor plans); a name not found here is looked up in signage-assets.
create table asset (
    id           bigint       not null auto_increment primary key,
    name         varchar(255) not null,
    content_type varchar(100) not null,
    data         longblob     not null,
    version      int          not null default 0,
    constraint uq_asset_name unique (name)
);
