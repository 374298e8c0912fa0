package org.wegweiser.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.testing.Pictures;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.upload.ImageUploads;
import org.wegweiser.upload.ImageUse;
import org.wegweiser.upload.UploadedImage;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ContentAssetsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentAssets assets;
    @Autowired
    ImageUploads uploads;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_accepted_upload_is_kept_once_under_a_name_of_its_pixels_and_found_by_that_name() throws IOException {
        UploadedImage plan = uploads.accept("plan.png", Pictures.png(40, 30, Color.BLUE), ImageUse.FLOOR_PLAN);
        String name = "uploads/" + "0".repeat(32) + ".png";
        assertThat(assets.find(name)).isEmpty();

        String kept = assets.store(plan);
        String again = assets.store(uploads.accept("same-plan.png", Pictures.png(40, 30, Color.BLUE), ImageUse.FLOOR_PLAN));
        String other = assets.store(uploads.accept("other.png", Pictures.png(40, 30, Color.RED), ImageUse.FLOOR_PLAN));

        assertThat(kept).matches("uploads/[0-9a-f]{32}\\.png").isEqualTo(again).isNotEqualTo(other);
        assertThat(ContentAssets.isAssetName(kept)).isTrue();
        assertThat(jdbc.sql("select count(*) from asset where name = ?").param(kept).query(Long.class).single()).isEqualTo(1);
        var found = assets.find(kept).orElseThrow();
        assertThat(found.contentType()).isEqualTo("image/png");
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(found.data()));
        assertThat(new Color(shown.getRGB(5, 5))).isEqualTo(Color.BLUE);
    }

    @Test
    void names_outside_the_asset_folders_are_never_looked_up() {
        for (String name : new String[]{"uploads/../../etc/passwd", "uploads/ABC.png", "uploads/x.svg", "/etc/passwd",
                "plans/../application.properties", "pictograms/passport.svg\u0000.png"}) {
            assertThat(ContentAssets.isAssetName(name)).as(name).isFalse();
            assertThat(assets.find(name)).as(name).isEmpty();
        }
        assertThat(assets.find("pictograms/passport.svg")).isPresent();
    }

}
