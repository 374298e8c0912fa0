package org.wegweiser.phone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wegweiser.i18n.MessageBundles;
import org.wegweiser.poster.Poster;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.poster.ScanCounter;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.web.ClientRateLimit;
import org.wegweiser.web.PublicSideSecurity;

import java.util.Optional;

/**
 * {@code /q/{code}}: the link in a poster's QR code. Counts one scan for that poster and day
 * (nothing else: no address, no browser, no cookie) and sends the phone to the poster's
 * target in the poster's first language.
 */
@Controller
class ShortLinkController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ShortLinkController.class);

    private final Posters posters;
    private final PublishedContent published;
    private final ScanCounter scans;
    private final ClientRateLimit rateLimit;
    private final MessageBundles bundles = MessageBundles.of("vaadin-i18n/translations");

    ShortLinkController(Posters posters, PublishedContent published, ScanCounter scans,
                        @Qualifier(PublicSideSecurity.SCANS) ClientRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        this.posters = posters;
        this.published = published;
        this.scans = scans;
    }

    @GetMapping("/q/{code}")
    String scan(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store"); // every scan must reach us to be counted
        var wait = rateLimit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            // A flood from one client is refused and not counted.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return NotFoundPage.renderBusy(model, bundles);
        }
        Optional<Poster> poster;
        try {
            poster = posters.find(code);
        } catch (RuntimeException e) {
            // Without the database the poster is unknown; the visitor still gets the town's pages.
            log.warn("Short link {} could not be looked up: {}", code, e.getMessage());
            return "redirect:/";
        }
        if (poster.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return NotFoundPage.render(model, published.current().orElse(null), bundles);
        }
        scans.count(poster.get().id());
        return "redirect:" + path(poster.get().target()) + "?lang=" + poster.get().firstLanguage();
    }

    static String path(PosterTarget target) {
        return switch (target.type()) {
            case SERVICE -> "/s/" + target.key();
            case TOPIC -> "/t/" + target.key();
            case OFFICE -> "/o/" + target.key();
            case HOME -> "/";
        };
    }
}
