package org.wegweiser.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotFileTest {

    @TempDir
    Path folder;

    @Test
    void a_saved_snapshot_comes_back_whole_and_a_damaged_file_is_ignored() throws Exception {
        var content = ContentPackageCodec.read(DemoContent.musterstadt());
        var snapshot = new ContentSnapshot(new Revision(12, Instant.parse("2026-11-25T09:30:00Z"), "editor", null), content);
        var file = new SnapshotFile(folder.resolve("kiosk/snapshot.txt"));

        file.save(snapshot, new String(ContentPackageCodec.write(content), StandardCharsets.UTF_8));
        var loaded = file.load().orElseThrow();

        assertThat(loaded.revision().number()).isEqualTo(12);
        assertThat(loaded.revision().publishedBy()).isEqualTo("editor");
        assertThat(loaded.content()).isEqualTo(content);

        Files.writeString(folder.resolve("kiosk/snapshot.txt"), "12\tnot a time\teditor\n{");
        assertThat(file.load()).isEmpty();
        assertThat(new SnapshotFile(folder.resolve("missing.txt")).load()).isEmpty();
    }
}
