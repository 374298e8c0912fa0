package org.wegweiser.kiosk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.preview.DraftPreviews;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;

import java.time.Clock;
import java.util.Optional;

/**
 * The kiosk's service page rendered from a draft preview instead of the published content,
 * for admin-ui's live preview: the same view, without the kiosk's frame (no idle reset, no
 * navigation away). See docs/adr/006-draft-preview.md.
 */
@Route(value = "preview/:token/kiosk/:lang/service/:service", layout = KioskPreviewLayout.class)
class ServicePreviewView extends ServiceView {

    private final DraftPreviews previews;
    private final KioskSession kiosk;
    private final Clock clock;

    ServicePreviewView(PublishedContent published, DraftPreviews previews, ContentAssets assets, KioskSession kiosk,
                       Clock clock) {
        super(published, assets, kiosk, clock);
        this.previews = previews;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    /** Staff's browser is no kiosk: the preview stands where a kiosk's settings say, the configured ones if none. */
    @Override
    protected Optional<KioskSettings> settingsOfThisKiosk() {
        return Optional.of(kiosk.settings());
    }

    @Override
    protected Optional<ContentSnapshot> snapshot(BeforeEnterEvent event) {
        return previews.load(event.getRouteParameters().get("token").orElse(null), clock.instant());
    }

    @Override
    protected void notThere(BeforeEnterEvent event, String languageCode) {
        event.rerouteToError(NotFoundException.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (language != null) {
            event.getUI().getPage().executeJs(
                    "document.documentElement.setAttribute('lang', $0); document.documentElement.setAttribute('dir', $1)",
                    language.code(), language.rightToLeft() ? "rtl" : "ltr");
        }
    }
}
