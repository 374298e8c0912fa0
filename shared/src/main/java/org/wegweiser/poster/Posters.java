package org.wegweiser.poster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.poster.internal.PosterEntity;
import org.wegweiser.poster.internal.PosterRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Posters and their short links. A scan is counted per poster and day and nothing else: no
 * address, no browser, no cookie. A poster can be pointed at a new target without reprinting.
 */
@Service
public class Posters {

    private static final Logger log = LoggerFactory.getLogger(Posters.class);
    private static final int MAX_REMEMBERED = 50_000;

    private final PosterRepository posters;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final Duration lookupTtl;
    private final Map<String, Looked> lookedUp = new ConcurrentHashMap<>();

    private record Looked(Optional<Poster> poster, Instant at) {
    }

    public Posters(PosterRepository posters, JdbcClient jdbc, AuditLog audit, Clock clock,
                   PlatformTransactionManager transactions,
                   @Value("${wegweiser.posters.lookup-ttl:PT10S}") Duration lookupTtl) {
        this.posters = posters;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.lookupTtl = lookupTtl;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public Poster create(PosterTarget target, List<String> languages, String paperFormat, boolean bleed,
                         double viewingDistanceMetres, String placement, String actor) {
        if (languages.isEmpty() || languages.size() > 3) {
            throw new IllegalArgumentException("A poster has one to three languages");
        }
        var entity = new PosterEntity();
        String code;
        do {
            code = ShortCode.generate();
        } while (posters.existsByCode(code));
        entity.code = code;
        entity.targetType = target.type().name();
        entity.targetSlug = target.key();
        entity.languages.addAll(languages);
        entity.paperFormat = paperFormat;
        entity.bleed = bleed;
        entity.viewingDistanceMetres = viewingDistanceMetres;
        entity.placement = placement;
        entity.createdAt = clock.instant();
        entity.createdBy = actor;
        var saved = posters.save(entity);
        lookedUp.remove(code);
        audit.record(actor, "CREATE", "poster", code, target.type() + " " + target.key());
        return toPoster(saved);
    }

    /** Points a printed poster at another page; its code, and so the print, stays. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public Poster retarget(String code, PosterTarget target, String actor) {
        var entity = posters.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No poster " + code));
        entity.targetType = target.type().name();
        entity.targetSlug = target.key();
        lookedUp.remove(code);
        audit.record(actor, "RETARGET", "poster", code, target.type() + " " + target.key());
        return toPoster(entity);
    }

    /**
     * The poster with this code. Every scan looks its poster up, so a poster is remembered for
     * {@code wegweiser.posters.lookup-ttl} (10 s): scans then cost no database round trip, and a
     * poster retargeted in another application leads to its new page within that time (at once
     * in this one). No transaction is opened for a remembered poster.
     */
    public Optional<Poster> find(String code) {
        if (!ShortCode.isWellFormed(code)) {
            return Optional.empty();
        }
        String key = code.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        var looked = lookedUp.get(key);
        if (looked != null && looked.at().plus(lookupTtl).isAfter(now)) {
            return looked.poster();
        }
        var poster = reading.execute(status -> posters.findByCode(key).map(Posters::toPoster));
        if (lookedUp.size() > MAX_REMEMBERED) {
            lookedUp.clear(); // made-up codes must not fill the memory
        }
        lookedUp.put(key, new Looked(poster, now));
        return poster;
    }

    /**
     * Counts one scan of the poster today. One atomic statement, so concurrent scans are all
     * counted; a database that cannot be written loses the count, never the visitor's page.
     */
    public void countScan(long posterId) {
        try {
            jdbc.sql("""
                            insert into scan_count (poster_id, scan_day, scans) values (:poster, :day, 1)
                            on duplicate key update scans = scans + 1""")
                    .param("poster", posterId).param("day", LocalDate.now(clock)).update();
        } catch (DataAccessException e) {
            log.warn("A scan could not be counted: {}", e.getMessage());
        }
    }

    /**
     * Adds scans counted elsewhere ({@link ScanCounter}) to the poster's day, in one atomic
     * statement. Unlike {@link #countScan}, a failure is thrown, so the caller can keep the count.
     */
    public void addScans(long posterId, LocalDate day, long scans) {
        jdbc.sql("""
                        insert into scan_count (poster_id, scan_day, scans) values (:poster, :day, :scans)
                        on duplicate key update scans = scans + :scans""")
                .param("poster", posterId).param("day", day).param("scans", scans).update();
    }

    /** Scans of one poster from the given day on. */
    public int scansSince(long posterId, LocalDate from) {
        return jdbc.sql("select coalesce(sum(scans), 0) from scan_count where poster_id = :poster and scan_day >= :from")
                .param("poster", posterId).param("from", from).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public List<Poster> all() {
        return posters.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "createdAt"))
                .stream().map(Posters::toPoster).toList();
    }

    /** Posters with their scans since the given day, most scanned first. */
    @Transactional(readOnly = true)
    public List<Scanned> mostScanned(LocalDate from, int max) {
        return all().stream().map(p -> new Scanned(p, scansSince(p.id(), from)))
                .filter(s -> s.scans() > 0)
                .sorted(java.util.Comparator.comparingInt(Scanned::scans).reversed()).limit(max).toList();
    }

    public record Scanned(Poster poster, int scans) {
    }

    /** Scans per day for the last {@code days} days, oldest first; days without scans count 0. */
    public int[] dailyScans(long posterId, int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(days - 1L);
        int[] counts = new int[days];
        jdbc.sql("select scan_day, scans from scan_count where poster_id = :poster and scan_day >= :from")
                .param("poster", posterId).param("from", from)
                .query((rs, i) -> {
                    int index = (int) java.time.temporal.ChronoUnit.DAYS.between(from, rs.getObject("scan_day", LocalDate.class));
                    if (index >= 0 && index < days) {
                        counts[index] = rs.getInt("scans");
                    }
                    return null;
                }).list();
        return counts;
    }

    /**
     * Whether the printed poster may be out of date: a text of its target in one of its
     * languages was changed after the poster was created. Room and hours changes are not
     * tracked per field yet, so they do not raise the flag.
     */
    @Transactional(readOnly = true)
    public boolean reprintNeeded(Poster poster) {
        String entity = switch (poster.target().type()) {
            case SERVICE -> "service";
            case TOPIC -> "topic";
            case OFFICE -> "office";
            case HOME -> null;
        };
        if (entity == null) {
            return false;
        }
        long changed = jdbc.sql("select count(*) from translation where entity_type = :entity and entity_slug = :slug"
                        + " and language_code in (:languages) and updated_at > :printed")
                .param("entity", entity).param("slug", poster.target().key())
                .param("languages", poster.languages())
                .param("printed", java.sql.Timestamp.from(poster.createdAt()))
                .query(Long.class).single();
        return changed > 0;
    }

    private static Poster toPoster(PosterEntity e) {
        return new Poster(e.id, e.code, new PosterTarget(PosterTarget.Type.valueOf(e.targetType), e.targetSlug),
                e.languages, e.paperFormat, e.bleed, e.viewingDistanceMetres, e.placement, e.createdAt, e.createdBy);
    }
}
