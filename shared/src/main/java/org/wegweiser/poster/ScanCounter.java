package org.wegweiser.poster;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Counts the scans of short links in memory and adds them to the database once a second
 * ({@code wegweiser.scans.flush-interval}), one statement per poster and day instead of one per
 * scan: a popular poster's row is no longer locked by every scan (docs/benchmarks.md has the
 * ratio). Counts are exact: a count leaves memory only together with its write, a failed write
 * puts it back, and stopping the application writes what is left. Several instances each add
 * their own counts. A crash (kill -9) loses at most the last interval. An interval of 0 writes
 * every scan at once.
 */
@Component
public class ScanCounter {

    private static final Logger log = LoggerFactory.getLogger(ScanCounter.class);

    private record Key(long posterId, LocalDate day) {
    }

    private final Posters posters;
    private final Clock clock;
    private final Duration interval;
    private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    public ScanCounter(Posters posters, Clock clock,
                       @Value("${wegweiser.scans.flush-interval:PT1S}") Duration interval) {
        this.posters = posters;
        this.clock = clock;
        this.interval = interval;
        if (interval.isZero()) {
            flusher = null;
        } else {
            flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("scan-counter").daemon().factory());
            flusher.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Counts one scan of the poster today. */
    public void count(long posterId) {
        if (interval.isZero()) {
            posters.countScan(posterId);
            return;
        }
        pending.merge(new Key(posterId, LocalDate.now(clock)), 1L, Long::sum);
    }

    /** Writes the scans counted so far; those that cannot be written now stay for the next time. */
    public synchronized void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            Long scans = pending.remove(key); // a scan counted from now on starts a new entry
            if (scans == null) {
                continue;
            }
            try {
                posters.addScans(key.posterId(), key.day(), scans);
            } catch (DataIntegrityViolationException e) {
                log.warn("{} scans of poster {} dropped: the poster is gone", scans, key.posterId());
            } catch (RuntimeException e) { // the database is unreachable, or the write failed otherwise
                pending.merge(key, scans, Long::sum);
                log.warn("{} scans of poster {} not written yet: {}", scans, key.posterId(), e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.shutdown();
        }
        flush();
        if (!pending.isEmpty()) {
            log.error("Scans lost at shutdown, the database could not be written: {}", pending);
        }
    }
}
