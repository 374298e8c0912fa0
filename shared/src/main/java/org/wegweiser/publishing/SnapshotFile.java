package org.wegweiser.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wegweiser.content.ContentPackageCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The last published snapshot on the local disk, so the public side can start and serve
 * while the database is down. Written atomically: a crash mid-write leaves the old file.
 * Layout: one header line (number, time, publisher), then the content package.
 */
final class SnapshotFile {

    private static final Logger log = LoggerFactory.getLogger(SnapshotFile.class);

    private final Path file;

    SnapshotFile(Path file) {
        this.file = file;
    }

    void save(ContentSnapshot snapshot, String packageJson) {
        if (file == null) {
            return;
        }
        var revision = snapshot.revision();
        String header = revision.number() + "\t" + revision.publishedAt() + "\t" + revision.publishedBy() + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "snapshot", ".tmp");
            Files.writeString(temporary, header + packageJson, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not keep published revision {} on disk at {}: {}", revision.number(), file, e.getMessage());
        }
    }

    Optional<ContentSnapshot> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            String[] header = text.substring(0, newline).split("\t", 3);
            var revision = new Revision(Integer.parseInt(header[0]), Instant.parse(header[1]), header[2], null);
            var content = ContentPackageCodec.read(text.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new ContentSnapshot(revision, content));
        } catch (IOException | RuntimeException e) {
            log.warn("The snapshot on disk at {} cannot be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
