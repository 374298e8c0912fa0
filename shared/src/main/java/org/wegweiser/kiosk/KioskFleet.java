package org.wegweiser.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.hours.OpeningHours;
import org.wegweiser.poster.ShortCode;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.user.SystemActor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosks in the lobbies: pairing, their credential, their heartbeat and whether they are
 * online. A credential is a random 32-byte secret kept in the kiosk's browser; the server stores
 * only its SHA-256 (docs/adr/005-kiosk-pairing.md). kiosk-ui's database user may write only
 * pairing requests and heartbeat columns, so the kiosk-side methods touch nothing else.
 */
@Service
public class KioskFleet {

    /** The cookie that holds a paired kiosk's secret. */
    public static final String CREDENTIAL_COOKIE = "wegweiser-kiosk";
    /** A kiosk without a heartbeat for this long is offline. */
    public static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);
    /** A kiosk's heartbeat is written at most this often. */
    public static final Duration HEARTBEAT_GAP = Duration.ofMinutes(1);
    /** A pairing code not entered within this time is refused. */
    public static final Duration PAIRING_VALID = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(KioskFleet.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PublishedContent published;
    private final KioskAlerts alerts;
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    public KioskFleet(JdbcClient jdbc, AuditLog audit, Clock clock, PublishedContent published, KioskAlerts alerts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.published = published;
        this.alerts = alerts;
    }

    // ---- the kiosk's side (kiosk-ui, no signed-in user) ----

    /** A new code and secret for a kiosk that is not paired yet. */
    public PairingRequest requestPairing() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (int attempt = 0; ; attempt++) {
            String code = ShortCode.generate().toUpperCase(Locale.ROOT);
            try {
                jdbc.sql("insert into kiosk_pairing (code, secret_hash, requested_at) values (?, ?, ?)")
                        .params(code, hash(secret), Timestamp.from(clock.instant())).update();
                return new PairingRequest(code, secret);
            } catch (DuplicateKeyException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    /** Whether an administrator has paired this code yet. */
    public boolean isPaired(String code) {
        return jdbc.sql("select count(*) from kiosk_pairing where code = ? and kiosk_id is not null")
                .param(code).query(Long.class).single() > 0;
    }

    /** The kiosk this secret belongs to, unless it was revoked. */
    public Optional<PairedKiosk> kiosk(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select * from kiosk where credential_hash = ? and revoked = false")
                .param(hash(secret)).query((rs, n) -> rs.getLong("id")).optional()
                .map(id -> new PairedKiosk(id, setup(id)));
    }

    /**
     * Records a heartbeat, at most one a minute per kiosk (more are dropped), and answers whether
     * the kiosk should reload or has been revoked. A database that cannot be reached drops the
     * heartbeat and the kiosk carries on.
     */
    public Heartbeat.Answer heartbeat(long kioskId, Heartbeat beat) {
        Instant now = clock.instant();
        Instant previous = lastWritten.get(kioskId);
        if (previous != null && Duration.between(previous, now).compareTo(HEARTBEAT_GAP) < 0) {
            return Heartbeat.Answer.CARRY_ON;
        }
        try {
            var state = jdbc.sql("select revoked, reload_requested from kiosk where id = ?").param(kioskId)
                    .query((rs, n) -> new boolean[]{rs.getBoolean(1), rs.getBoolean(2)}).optional();
            if (state.isEmpty() || state.get()[0]) {
                return Heartbeat.Answer.UNPAIRED;
            }
            jdbc.sql("update kiosk set last_heartbeat_at = ?, software_version = ?, screen_size = ?,"
                            + " since_reload_seconds = ?, reload_requested = false where id = ?")
                    .params(Timestamp.from(now), beat.softwareVersion(), beat.screenSize(), beat.secondsSinceReload(),
                            kioskId).update();
            lastWritten.put(kioskId, now);
            return state.get()[1] ? Heartbeat.Answer.RELOAD : Heartbeat.Answer.CARRY_ON;
        } catch (DataAccessException e) {
            log.info("Heartbeat of kiosk {} dropped, the database is not reachable: {}", kioskId, e.getMessage());
            return Heartbeat.Answer.CARRY_ON;
        }
    }

    // ---- the administrator's side (admin-ui) ----

    /** Pairs the kiosk that shows this code; refuses a code that is unknown, used or too old. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long pair(String code, KioskSetup setup, String actor) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        var secretHash = jdbc.sql("select secret_hash from kiosk_pairing where code = ? and kiosk_id is null"
                        + " and requested_at > ?")
                .params(normalized, Timestamp.from(clock.instant().minus(PAIRING_VALID)))
                .query(String.class).optional()
                .orElseThrow(() -> new UnknownPairingCodeException(normalized));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into kiosk (name, site_key, floor_key, x, y, idle_seconds, credential_hash, paired_at,"
                        + " revoked, reload_requested) values (?, ?, ?, ?, ?, ?, ?, ?, false, false)")
                .params(setup.name(), setup.site(), setup.floor(), setup.x(), setup.y(), setup.idleSeconds(),
                        secretHash, Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeLanguages(id, setup.languages());
        jdbc.sql("update kiosk_pairing set kiosk_id = ? where code = ?").params(id, normalized).update();
        audit.record(actor, "kiosk.paired", "kiosk", setup.name(), setup.site());
        return id;
    }

    /**
     * Pairs a kiosk without a code and returns its secret, to be handed to the kiosk's browser
     * (the demo's pre-paired kiosk). An unrevoked kiosk of that name gets a new secret.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String issueCredential(KioskSetup setup, String actor) {
        var request = requestPairing();
        var existing = jdbc.sql("select id from kiosk where name = ? and revoked = false").param(setup.name())
                .query(Long.class).list();
        if (existing.isEmpty()) {
            pair(request.code(), setup, actor);
        } else {
            jdbc.sql("update kiosk set credential_hash = ? where id = ?").params(hash(request.secret()), existing.getFirst())
                    .update();
            jdbc.sql("update kiosk_pairing set kiosk_id = ? where code = ?").params(existing.getFirst(), request.code())
                    .update();
        }
        return request.secret();
    }

    /** Changes a kiosk's settings; refuses when someone else changed them since {@code version}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, int version, KioskSetup setup, String actor) {
        int changed = jdbc.sql("update kiosk set name = ?, site_key = ?, floor_key = ?, x = ?, y = ?, idle_seconds = ?,"
                        + " reload_requested = true, version = version + 1 where id = ? and version = ?")
                .params(setup.name(), setup.site(), setup.floor(), setup.x(), setup.y(), setup.idleSeconds(), id, version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Kiosk " + id + " was changed by someone else");
        }
        jdbc.sql("delete from kiosk_language where kiosk_id = ?").param(id).update();
        writeLanguages(id, setup.languages());
        audit.record(actor, "kiosk.changed", "kiosk", setup.name(), setup.site());
    }

    /** A stolen or retired kiosk: its credential stops working and its page returns to pairing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long id, String actor) {
        jdbc.sql("update kiosk set revoked = true, credential_hash = null, version = version + 1 where id = ?")
                .param(id).update();
        audit.record(actor, "kiosk.revoked", "kiosk", name(id), null);
    }

    /** The kiosk reloads its page with its next heartbeat, within about a minute. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void requestReload(long id, String actor) {
        jdbc.sql("update kiosk set reload_requested = true where id = ?").param(id).update();
        audit.record(actor, "kiosk.reload", "kiosk", name(id), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<KioskStatus> kiosks() {
        Instant now = clock.instant();
        return jdbc.sql("select * from kiosk order by revoked, name, id").query((rs, n) -> status(rs, now)).list();
    }

    /** Paired kiosks that have sent no heartbeat for {@link #OFFLINE_AFTER}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'TRANSLATOR')")
    @Transactional(readOnly = true)
    public List<KioskStatus> offline() {
        Instant now = clock.instant();
        return jdbc.sql("select * from kiosk where revoked = false order by name, id").query((rs, n) -> status(rs, now))
                .list().stream().filter(k -> !k.online()).toList();
    }

    /**
     * Writes the audit log (and sends the optional e-mail) once for each kiosk that went offline,
     * when it happens during its site's opening hours; a kiosk off overnight is reported when the
     * site opens. Old pairing requests are cleared on the way.
     */
    @Transactional
    public void reportOffline() {
        Instant now = clock.instant();
        var snapshot = published.current();
        jdbc.sql("delete from kiosk_pairing where kiosk_id is null and requested_at < ?")
                .param(Timestamp.from(now.minus(PAIRING_VALID))).update();
        var due = jdbc.sql("select * from kiosk where revoked = false and last_heartbeat_at is not null"
                        + " and last_heartbeat_at < ? and (offline_reported_at is null or offline_reported_at < last_heartbeat_at)")
                .param(Timestamp.from(now.minus(OFFLINE_AFTER))).query((rs, n) -> status(rs, now)).list();
        for (var kiosk : due) {
            boolean open = snapshot.flatMap(content -> content.content().sites().stream()
                            .filter(site -> site.key().equals(kiosk.setup().site())).findFirst()
                            .map(site -> OpeningHours.of(site.openingHours(), null)
                                    .statusAt(LocalDateTime.ofInstant(now, ZoneId.of(content.organisation().timeZone())))
                                    .open()))
                    .orElse(false);
            if (!open) {
                continue;
            }
            jdbc.sql("update kiosk set offline_reported_at = ? where id = ?").params(Timestamp.from(now), kiosk.id()).update();
            audit.record(SystemActor.NAME, "kiosk.offline", "kiosk", kiosk.setup().name(),
                    "last seen " + kiosk.lastSeen());
            alerts.offline(kiosk);
        }
    }

    private KioskSetup setup(long id) {
        return jdbc.sql("select * from kiosk where id = ?").param(id).query((rs, n) -> setup(rs)).single();
    }

    private KioskSetup setup(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var languages = jdbc.sql("select language_code from kiosk_language where kiosk_id = ? order by position")
                .param(id).query(String.class).list();
        return new KioskSetup(rs.getString("name"), rs.getString("site_key") == null ? "?" : rs.getString("site_key"),
                rs.getString("floor_key"), rs.getDouble("x"), rs.getDouble("y"), rs.getInt("idle_seconds"), languages);
    }

    private KioskStatus status(ResultSet rs, Instant now) throws SQLException {
        var heartbeat = rs.getTimestamp("last_heartbeat_at");
        Instant lastSeen = heartbeat == null ? null : heartbeat.toInstant();
        boolean online = lastSeen != null && Duration.between(lastSeen, now).compareTo(OFFLINE_AFTER) < 0;
        long sinceReload = rs.getLong("since_reload_seconds");
        return new KioskStatus(rs.getLong("id"), rs.getInt("version"), setup(rs), rs.getBoolean("revoked"), online,
                lastSeen, rs.getString("software_version"), rs.getString("screen_size"),
                rs.wasNull() ? null : sinceReload, rs.getBoolean("reload_requested"));
    }

    private void writeLanguages(long id, List<String> languages) {
        var list = new ArrayList<>(languages);
        for (int i = 0; i < list.size(); i++) {
            jdbc.sql("insert into kiosk_language (kiosk_id, position, language_code) values (?, ?, ?)")
                    .params(id, i, list.get(i)).update();
        }
    }

    private String name(long id) {
        return jdbc.sql("select name from kiosk where id = ?").param(id).query(String.class).optional().orElse("?");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
