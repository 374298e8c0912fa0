package org.wegweiser.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wegweiser.publishing.internal.RevisionRepository;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The newest published revision, held in memory as an immutable snapshot. It checks the
 * database for a newer revision every few seconds (another application may have published)
 * and at once after a publish in this application; subscribers hear of every new snapshot.
 * When the database cannot be reached, the last snapshot stays in service; the public side
 * keeps a copy on disk ({@code wegweiser.snapshot.file}) so it can even start without the database.
 */
@Component
public class PublishedContent {

    private static final Logger log = LoggerFactory.getLogger(PublishedContent.class);

    private final RevisionRepository revisions;
    private final List<Consumer<ContentSnapshot>> subscribers = new CopyOnWriteArrayList<>();
    private volatile ContentSnapshot current;

    private final SnapshotFile disk;

    /** Without a copy on disk (tests that stand for another application). */
    public PublishedContent(RevisionRepository revisions) {
        this(revisions, "");
    }

    @Autowired
    public PublishedContent(RevisionRepository revisions, @Value("${wegweiser.snapshot.file:}") String file) {
        this.revisions = revisions;
        this.disk = new SnapshotFile(file == null || file.isBlank() ? null : Path.of(file));
    }

    /** The newest published content, or empty when nothing has been published yet. */
    public Optional<ContentSnapshot> current() {
        if (current == null) {
            refresh();
        }
        return Optional.ofNullable(current);
    }

    /** Calls the subscriber with every newer snapshot; run the returned action to stop. */
    public Runnable subscribe(Consumer<ContentSnapshot> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener
    void onPublished(ContentPublished event) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${wegweiser.snapshot.refresh-interval:PT1S}")
    public synchronized void refresh() {
        try {
            int latest = revisions.latestNumber();
            if (latest == 0 || (current != null && current.revision().number() >= latest)) {
                return;
            }
            revisions.findByNumber(latest).ifPresent(entity -> {
                var revision = new Revision(entity.number(), entity.publishedAt(), entity.publishedBy(), entity.note());
                current = ContentSnapshot.of(revision, entity.content());
                log.info("Serving published revision {}", revision.number());
                disk.save(current, entity.content());
                subscribers.forEach(subscriber -> notify(subscriber, current));
            });
        } catch (RuntimeException e) {
            // The database is unreachable (a DataAccessException, or a JDBC failure on the way to one):
            // keep serving what we have, and after a start without the database, what is on disk.
            if (current == null) {
                disk.load().ifPresent(saved -> {
                    current = saved;
                    log.warn("Database unreachable; serving published revision {} from disk", saved.revision().number());
                    subscribers.forEach(subscriber -> notify(subscriber, current));
                });
            }
            log.warn("Could not check for newer published content; still serving revision {}: {}",
                    current == null ? "none" : current.revision().number(), e.getMessage());
        }
    }

    private static void notify(Consumer<ContentSnapshot> subscriber, ContentSnapshot snapshot) {
        try {
            subscriber.accept(snapshot);
        } catch (RuntimeException e) {
            log.warn("A subscriber failed on revision {}", snapshot.revision().number(), e);
        }
    }
}
