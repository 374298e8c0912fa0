package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.publishing.PublishedContent;

import java.util.Optional;

/** A topic: its services as big tiles. */
@Route(value = "kiosk/:lang/topic/:topic", layout = KioskLayout.class)
class TopicView extends KioskPage {

    private final ContentAssets assets;

    TopicView(PublishedContent published, ContentAssets assets, KioskSession kiosk) {
        super(published, kiosk);
        this.assets = assets;
        addClassName("kiosk-topic-page");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        var topic = event.getRouteParameters().get("topic").flatMap(content::topic);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        var heading = new H1();
        heading.add(KioskContent.pictogram(assets, topic.get().pictogram()),
                KioskContent.text(content, code(), topic.get().title(), null));
        add(heading);
        var tiles = KioskContent.serviceTiles(content, code(), assets, content.servicesOf(topic.get().key()));
        add(tiles);
        return Optional.of(content.text(topic.get().title(), code()));
    }
}
