-- The kiosk fleet (docs/adr/005-kiosk-pairing.md). A kiosk stands at a published site and floor,
-- named by key as the kiosk shows them; the admin-side site_id/floor_id of V3 stay unused.
alter table kiosk add column site_key varchar(64);
alter table kiosk add column floor_key varchar(64);
alter table kiosk add column since_reload_seconds bigint;
alter table kiosk add column reload_requested boolean not null default false;
alter table kiosk add column offline_reported_at datetime(6);
create index ix_kiosk_credential_hash on kiosk (credential_hash);

-- An unpaired kiosk asks with a short code. kiosk-ui keeps the secret in the kiosk's session and
-- stores only its SHA-256 here; pairing copies that hash to the new kiosk row.
create table kiosk_pairing (
    code         varchar(16) not null primary key,
    secret_hash  varchar(64) not null,
    requested_at datetime(6) not null,
    kiosk_id     bigint,
    constraint fk_kiosk_pairing_kiosk foreign key (kiosk_id) references kiosk (id) on delete cascade
);
