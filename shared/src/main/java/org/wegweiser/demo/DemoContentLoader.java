package org.wegweiser.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.user.SystemActor;

/**
 * In the demo, an empty database is filled with Musterstadt through the ordinary package
 * import, and published, so the kiosk has something to show at once.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "wegweiser.demo.enabled", havingValue = "true")
class DemoContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final ContentPackageService packages;
    private final PublishingService publishing;
    private final PublishedContent published;

    DemoContentLoader(ContentPackageService packages, PublishingService publishing, PublishedContent published) {
        this.packages = packages;
        this.publishing = publishing;
        this.published = published;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!packages.hasContent()) {
            SystemActor.run(() -> {
                var result = packages.importPackage(DemoContent.musterstadt(), "demo");
                var revision = publishing.publish("demo", "Musterstadt demo content");
                log.info("Loaded the Musterstadt demo: {} services, {} topics, {} languages; published revision {}",
                        result.services(), result.topics(), result.languages(), revision.number());
            });
        }
        published.refresh();
    }
}
