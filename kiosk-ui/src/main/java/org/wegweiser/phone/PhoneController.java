package org.wegweiser.phone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.i18n.MessageBundles;
import org.wegweiser.kiosk.HoursSummary;
import org.wegweiser.preview.DraftPreviews;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.ContentSnapshot.RoomPlace;
import org.wegweiser.publishing.PublishedContent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The phone pages a QR code opens: light HTML rendered on the server, no JavaScript, no
 * cookie, pictograms inline, the floor plan loaded lazily. Same content as the kiosk.
 */
@Controller
class PhoneController {

    private final PublishedContent published;
    private final DraftPreviews previews;
    private final org.springframework.web.servlet.mvc.Controller vaadin;
    private final ContentAssets assets;
    private final Clock clock;
    private final MessageBundles bundles = MessageBundles.of("vaadin-i18n/translations");

    PhoneController(PublishedContent published, DraftPreviews previews, ContentAssets assets, Clock clock,
                    @Qualifier("vaadinForwardingController") org.springframework.web.servlet.mvc.Controller vaadin) {
        this.published = published;
        this.previews = previews;
        this.vaadin = vaadin;
        this.assets = assets;
        this.clock = clock;
    }

    record Tile(String href, String svg, PhoneText title) {
    }

    record ChecklistLine(String svg, PhoneText name, PhoneText note, boolean optional) {
    }

    record Where(String room, PhoneText roomName, PhoneText floor, PhoneText building, PhoneText site,
                 String address, String plan, Double x, Double y) {
    }

    @RequestMapping("/")
    String home(@RequestParam(required = false) String lang,
                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (request.getParameter("v-r") != null) {
            // Vaadin's own requests go to the root too (?v-r=init, uidl, heartbeat …): hand them to Vaadin.
            vaadin.handleRequest(request, response);
            return null;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return null;
        }
        return withContent(model, response, content -> {
            var page = page(content, lang, accept, "/", model, response);
            model.addAttribute("title", page.get("kiosk.home.title"));
            model.addAttribute("topics", content.topics().stream().map(t -> new Tile(page.link("t", t.key()),
                    svg(t.pictogram()), page.text(t.title()))).toList());
            model.addAttribute("offices", content.content().offices().stream().map(o -> new Tile(
                    page.link("o", o.key()), null, page.text(o.name()))).toList());
            return Optional.of("phone/home");
        });
    }

    @GetMapping("/t/{key}")
    String topic(@PathVariable String key, @RequestParam(required = false) String lang,
                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                 Model model, HttpServletResponse response) {
        return withContent(model, response, content -> content.topic(key).map(topic -> {
            var page = page(content, lang, accept, "/t/" + key, model, response);
            var title = page.text(topic.title());
            model.addAttribute("title", title.value());
            model.addAttribute("heading", title);
            model.addAttribute("svg", svg(topic.pictogram()));
            model.addAttribute("services", tiles(page, content.servicesOf(key)));
            return "phone/topic";
        }));
    }

    @GetMapping("/o/{key}")
    String office(@PathVariable String key, @RequestParam(required = false) String lang,
                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                  Model model, HttpServletResponse response) {
        return withContent(model, response, content -> content.office(key).map(office -> {
            var page = page(content, lang, accept, "/o/" + key, model, response);
            var name = page.text(office.name());
            model.addAttribute("title", name.value());
            model.addAttribute("heading", name);
            model.addAttribute("description", office.description().isEmpty() ? null : page.text(office.description()));
            model.addAttribute("places", office.rooms().stream().map(content::room).flatMap(Optional::stream)
                    .map(p -> where(page, p)).toList());
            model.addAttribute("hours", hours(content, page, office.openingHours(), office.exceptions()));
            model.addAttribute("office", office);
            model.addAttribute("services", tiles(page, content.services().stream()
                    .filter(s -> key.equals(s.office())).toList()));
            return "phone/office";
        }));
    }

    @GetMapping("/s/{key}")
    String service(@PathVariable String key, @RequestParam(required = false) String lang,
                   @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                   Model model, HttpServletResponse response) {
        return withContent(model, response, content -> servicePage(content, key, lang, accept, "/s/" + key, model, response));
    }

    /** The phone page of a service as a draft preview would publish it (docs/adr/006-draft-preview.md). */
    @GetMapping("/preview/{token}/s/{key}")
    String servicePreview(@PathVariable String token, @PathVariable String key, @RequestParam(required = false) String lang,
                          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                          Model model, HttpServletResponse response) {
        var view = previews.load(token, clock.instant())
                .flatMap(content -> servicePage(content, key, lang, accept, "/preview/" + token + "/s/" + key, model, response));
        return view.orElseGet(() -> notFound(model, null, response));
    }

    /** The kiosk page of a service in a draft preview: rendered by Vaadin (ServicePreviewView) once the token is known. */
    @GetMapping("/preview/{token}/kiosk/{lang}/service/{key}")
    String kioskPreview(@PathVariable String token, Model model, HttpServletRequest request,
                        HttpServletResponse response) throws Exception {
        if (previews.load(token, clock.instant()).isEmpty()) {
            return notFound(model, null, response);
        }
        vaadin.handleRequest(request, response);
        return null;
    }

    private Optional<String> servicePage(ContentSnapshot content, String key, String lang, String accept, String path,
                                         Model model, HttpServletResponse response) {
        return content.service(key).map(service -> {
            var page = page(content, lang, accept, path, model, response);
            var title = page.text(service.title());
            model.addAttribute("title", title.value());
            model.addAttribute("heading", title);
            model.addAttribute("svg", svg(service.pictogram()));
            model.addAttribute("summary", page.text(service.summary()));
            model.addAttribute("whatHappens", service.whatHappens().isEmpty() ? null : page.text(service.whatHappens()));
            model.addAttribute("places", service.rooms().stream().map(content::room).flatMap(Optional::stream)
                    .map(p -> where(page, p)).toList());
            content.partnerPlace(service.partnerPlace()).ifPresent(partner -> {
                model.addAttribute("partner", partner);
                model.addAttribute("partnerName", page.text(partner.name()));
                model.addAttribute("partnerDirections", partner.directions().isEmpty() ? null
                        : page.text(partner.directions()));
            });
            model.addAttribute("checklist", service.checklist().stream()
                    .map(item -> content.documentType(item.documentType()).map(type -> new ChecklistLine(
                            svg(type.pictogram()), page.text(type.name()),
                            item.note().isEmpty() ? null : page.text(item.note()), item.optional())))
                    .flatMap(Optional::stream).toList());
            var office = content.office(service.office());
            office.ifPresent(o -> {
                model.addAttribute("office", o);
                model.addAttribute("officeName", page.text(o.name()));
                model.addAttribute("hours", hours(content, page, o.openingHours(), o.exceptions()));
            });
            model.addAttribute("service", service);
            model.addAttribute("fees", service.fees().isEmpty() ? null : page.text(service.fees()));
            return "phone/service";
        });
    }

    private String withContent(Model model, HttpServletResponse response,
                               java.util.function.Function<ContentSnapshot, Optional<String>> render) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        var content = published.current();
        var view = content.flatMap(render);
        return view.orElseGet(() -> notFound(model, content.orElse(null), response));
    }

    private String notFound(Model model, ContentSnapshot content, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NotFoundPage.render(model, content, bundles);
    }

    private PhonePage page(ContentSnapshot content, String lang, String accept, String path, Model model,
                           HttpServletResponse response) {
        var page = new PhonePage(content, PhoneLanguage.choose(content, lang, accept), bundles, path,
                org.wegweiser.web.LogoImage.of(assets, content.organisation().logo(), 32).orElse(null));
        model.addAttribute("page", page);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.lang());
        return page;
    }

    private List<Tile> tiles(PhonePage page, List<ContentPackage.Service> services) {
        return services.stream().map(s -> new Tile(page.link("s", s.key()), svg(s.pictogram()), page.text(s.title())))
                .toList();
    }

    private Where where(PhonePage page, RoomPlace place) {
        var site = place.site();
        String address = String.join(", ", nonNull(site.street()), (nonNull(site.postalCode()) + " "
                + nonNull(site.city())).trim());
        return new Where(place.room().number(), place.room().name().isEmpty() ? null : page.text(place.room().name()),
                page.text(place.floor().name()), page.text(place.building().name()), page.text(site.name()), address,
                place.floor().planImage() == null ? null : "/assets/" + place.floor().planImage(),
                place.room().x(), place.room().y());
    }

    private HoursSummary hours(ContentSnapshot content, PhonePage page, List<ContentPackage.OpeningPeriod> weekly,
                               List<ContentPackage.OpeningException> exceptions) {
        var now = LocalDateTime.now(clock.withZone(content.timeZone()));
        return HoursSummary.of(weekly, exceptions, now, Locale.forLanguageTag(page.lang()), page::get);
    }

    private String svg(String pictogram) {
        return pictogram == null ? null : assets.pictogramSvg(pictogram).orElse(null);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
