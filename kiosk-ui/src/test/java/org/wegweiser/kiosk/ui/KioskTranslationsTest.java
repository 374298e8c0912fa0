package org.wegweiser.kiosk.ui;

import org.junit.jupiter.api.Test;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.i18n.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

class KioskTranslationsTest {

    @Test
    void every_demo_language_has_every_kiosk_text() {
        var bundles = MessageBundles.of(KioskTranslations.BUNDLE);
        var keys = bundles.file("en").orElseThrow().stringPropertyNames();
        for (var language : ContentPackageCodec.read(DemoContent.musterstadt()).languages()) {
            var file = bundles.file(language.code());
            assertThat(file).as("translations file for " + language.code()).isPresent();
            assertThat(file.get().stringPropertyNames()).as(language.code()).containsExactlyInAnyOrderElementsOf(keys);
        }
    }
}
