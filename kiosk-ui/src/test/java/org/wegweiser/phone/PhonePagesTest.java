package org.wegweiser.phone;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.qr.ErrorCorrection;
import org.wegweiser.qr.QrCode;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class PhonePagesTest extends BrowserTest {

    static final ContentPackage DEMO = ContentPackageCodec.read(DemoContent.musterstadt());
    static final int FIRST_SCREEN_BUDGET = 14 * 1024;

    @Autowired
    Posters posters;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    org.wegweiser.poster.PosterRenderer renderer;
    @Autowired
    org.wegweiser.publishing.PublishedContent published;
    @Autowired
    org.wegweiser.poster.ScanCounter scans;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_service_page_on_a_phone_shows_room_and_checklist_in_arabic_light_and_without_vaadin() throws Exception {
        var service = DEMO.services().stream().filter(s -> s.key().equals("wohnsitz-anmelden")).findFirst().orElseThrow();
        var page = browser.page(Browser.Screen.PHONE, "de-DE");
        var responses = new ArrayList<Response>();
        page.onResponse(responses::add);

        page.navigate(url("/s/wohnsitz-anmelden?lang=ar"));

        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).containsText(service.title().texts().get("ar"));
        assertThat(page.locator(".where b").first()).containsText("E.04");
        var firstDocument = DEMO.documentTypes().stream()
                .filter(d -> d.key().equals(service.checklist().getFirst().documentType())).findFirst().orElseThrow();
        assertThat(page.locator(".checklist li").first()).containsText(firstDocument.name().texts().get("ar"));
        assertThat(page.locator(".checklist li")).hasCount(service.checklist().size());
        // The logo carries the town's name in the page's language; its size is known before it arrives.
        var logo = page.locator("header img");
        assertThat(logo).hasAttribute("src", "/assets/" + DEMO.organisation().logo());
        assertThat(logo).hasAttribute("alt", DEMO.organisation().name().texts().get("ar"));
        assertThat(logo).hasAttribute("height", "32");
        assertThat(logo).hasAttribute("width", "27");
        Browser.screenshot(page, "phone-service-ar");
        Browser.assertAccessible(page);

        assertThat(responses).noneMatch(r -> r.url().contains("/VAADIN/"));
        var document = responses.stream().filter(r -> r.request().resourceType().equals("document")).findFirst().orElseThrow();
        assertThat(document.allHeaders()).doesNotContainKey("set-cookie");
        // The first floor plan is the largest paint: fetched at once and first, not when scrolled to.
        var firstPlan = page.locator(".plan img").first();
        assertThat(firstPlan).hasAttribute("loading", "eager");
        assertThat(firstPlan).hasAttribute("fetchpriority", "high");
        assertThat(responses).anyMatch(r -> r.request().resourceType().equals("image") && r.url().contains("/assets/plans/"));
        // CSS is inline, so the document is all the text of the first screen needs.
        long transferred = responses.stream().filter(r -> List.of("document", "stylesheet").contains(r.request().resourceType()))
                .mapToLong(r -> r.request().sizes().responseBodySize).sum();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "phone-page-size.txt"), "service page HTML+CSS transferred: " + transferred + " bytes\n");
        assertThat(transferred).isPositive().isLessThanOrEqualTo(FIRST_SCREEN_BUDGET);
        page.context().close();
    }

    @Test
    void without_a_lang_parameter_the_browser_language_decides_and_other_pages_pass_axe() {
        var page = browser.page(Browser.Screen.PHONE, "uk-UA");
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        Browser.screenshot(page, "phone-home-uk");
        Browser.assertAccessible(page);
        page.navigate(url("/t/familie?lang=fa"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Browser.assertAccessible(page);
        page.navigate(url("/o/buergerservice?lang=de"));
        assertThat(page.locator(".where b").first()).containsText("E.04");
        Browser.assertAccessible(page);
        page.locator("nav.langs a[lang=tr]").tap();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/o/buergerservice\\?lang=tr$"));
        assertThat(page.locator("html")).hasAttribute("lang", "tr");
        page.context().close();
    }

    @Test
    void a_missing_translation_falls_back_to_german_and_says_so() {
        var draft = packages.draft().withService("kita-platz", s -> s.withSummary(s.summary().with("tr", null)));
        packages.importPackage(ContentPackageCodec.write(draft), "test");
        publishing.publish("test", "summary without Turkish");

        var page = browser.page(Browser.Screen.PHONE, "tr");
        page.navigate(url("/s/kita-platz?lang=tr"));
        assertThat(page.locator("p.note")).isVisible();
        var german = DEMO.services().stream().filter(s -> s.key().equals("kita-platz")).findFirst().orElseThrow()
                .summary().texts().get("de");
        assertThat(page.locator("main p span[lang=de]").first()).hasText(german);
        Browser.assertAccessible(page);
        page.navigate(url("/s/wohnsitz-anmelden?lang=tr"));
        assertThat(page.locator("p.note")).hasCount(0);
        page.context().close();
    }

    @Test
    void a_stored_page_is_served_in_each_visitors_language_and_a_publication_replaces_it_at_once() throws Exception {
        String german = get("/s/fuehrungszeugnis", "de-DE").body();
        assertThat(get("/s/fuehrungszeugnis", "de-DE").body()).isEqualTo(german);
        var ukrainian = get("/s/fuehrungszeugnis", "uk-UA");
        assertThat(ukrainian.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(ukrainian.body()).isNotEqualTo(german).contains("<html lang=\"uk\" dir=\"ltr\">");

        String newTitle = "Führungszeugnis beantragen (neu)";
        packages.importPackage(ContentPackageCodec.write(packages.draft().withService("fuehrungszeugnis",
                s -> s.withTitle(s.title().with("de", newTitle)))), "test");
        publishing.publish("test", "new title");
        assertThat(get("/s/fuehrungszeugnis?lang=de", "uk-UA").body()).contains(newTitle);
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", acceptLanguage).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_short_link_counts_exactly_one_scan_per_request_and_redirects_in_the_posters_language() throws Exception {
        var poster = posters.create(PosterTarget.service("reisepass"), List.of("ar", "de"), "A4", false, 3, "Foyer", "test");
        assertThat(poster.code()).hasSize(6).doesNotContainPattern("[01oOlI]");

        var first = http.send(HttpRequest.newBuilder(URI.create(url("/q/" + poster.code()))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/s/reisepass?lang=ar"));
        assertThat(first.headers().firstValue("set-cookie")).isEmpty();
        scans.flush();
        assertThat(posters.scansSince(poster.id(), LocalDate.now())).isEqualTo(1);

        try (var pool = Executors.newFixedThreadPool(50)) {
            var calls = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(url("/q/" + poster.code()))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (var call : calls) {
                assertThat(call.get()).isEqualTo(302);
            }
        }
        scans.flush();
        assertThat(posters.scansSince(poster.id(), LocalDate.now())).isEqualTo(51);

        var unknown = http.send(HttpRequest.newBuilder(URI.create(url("/q/zzzzzz"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Seite nicht gefunden", "Page not found", "الصفحة غير موجودة");

        posters.retarget(poster.code(), PosterTarget.service("personalausweis"), "test");
        var retargeted = http.send(HttpRequest.newBuilder(URI.create(url("/q/" + poster.code()))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(retargeted.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/s/personalausweis?lang=ar"));
    }

    @Test
    void a_printed_poster_scanned_from_its_pdf_opens_its_service_on_the_phone_in_the_posters_language() throws Exception {
        var poster = posters.create(PosterTarget.service("aufenthaltstitel"), List.of("uk", "de"), "A4", false, 1, null, "test");
        String link = DEMO.organisation().publicBaseUrl() + "/q/" + poster.code();
        assertThat(QrCode.encode(link, ErrorCorrection.M).version()).isLessThanOrEqualTo(3);

        byte[] pdf = renderer.render(published.current().orElseThrow(), poster);
        String decoded;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var page150dpi = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page150dpi))), java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
                    .getText();
        }
        assertThat(decoded).isEqualTo(link);
        var page = browser.page(Browser.Screen.PHONE, "de-DE");
        page.navigate(decoded.replace(DEMO.organisation().publicBaseUrl(), url("")));
        var title = DEMO.services().stream().filter(s -> s.key().equals("aufenthaltstitel")).findFirst().orElseThrow()
                .title().texts().get("uk");
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        scans.flush();
        assertThat(posters.scansSince(poster.id(), LocalDate.now())).isEqualTo(1);
        page.context().close();
    }

    @Test
    void the_sitemap_lists_every_phone_page_in_every_language_with_alternates() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/sitemap.xml"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        int pages = 1 + DEMO.topics().size() + DEMO.services().size() + DEMO.offices().size();
        assertThat(response.body().split("<loc>", -1)).hasSize(pages * DEMO.languages().size() + 1);
        assertThat(response.body()).contains("/s/reisepass?lang=fa</loc>", "hreflang=\"ar\"");
    }
}
