package org.wegweiser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.poster.ScanCounter;
import org.wegweiser.kiosk.TestKiosks;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.PageWatch;
import org.wegweiser.testing.MutableClock;
import org.wegweiser.testing.TestClock;
import org.wegweiser.web.SecurityHeaders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The public side under attack: floods, write attempts, and what its pages allow a browser to run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
@Import(TestClock.class)
class PublicSideSecurityTest extends BrowserTest {

    @Autowired
    org.wegweiser.kiosk.KioskFleet fleet;
    @Autowired
    org.wegweiser.kiosk.KioskSettings configured;
    @Autowired
    Posters posters;
    @Autowired
    ScanCounter scans;
    @Autowired
    MutableClock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_flood_of_scans_from_one_client_gets_429_and_is_not_counted() throws Exception {
        var poster = posters.create(PosterTarget.service("reisepass"), List.of("de"), "A4", false, 2, "Foyer", "test");
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            var response = scan(poster.code(), "203.0.113.7");
            if (response.statusCode() == 302) {
                allowed++;
            } else {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
                refused++;
            }
        }
        assertThat(allowed).isEqualTo(60);
        assertThat(refused).isEqualTo(140);
        scans.flush();
        assertThat(posters.scansSince(poster.id(), LocalDate.now(clock))).isEqualTo(60);

        // Another visitor is not affected, and the flooding client may scan again once the bucket refills.
        assertThat(scan(poster.code(), "198.51.100.8").statusCode()).isEqualTo(302);
        clock.advance(Duration.ofSeconds(5));
        for (int i = 0; i < 5; i++) {
            assertThat(scan(poster.code(), "203.0.113.7").statusCode()).isEqualTo(302);
        }
        assertThat(scan(poster.code(), "203.0.113.7").statusCode()).isEqualTo(429);
        scans.flush();
        assertThat(posters.scansSince(poster.id(), LocalDate.now(clock))).isEqualTo(66);
    }

    @Test
    void the_public_side_has_no_admin_code_and_no_endpoint_that_writes() throws Exception {
        assertThat(getClass().getClassLoader().getResource("org/wegweiser/admin")).isNull();
        Set<RequestMethod> reading = Set.of(RequestMethod.GET, RequestMethod.HEAD);
        mappings.getHandlerMethods().forEach((info, method) -> {
            String where = method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + " " + info;
            if (info.getPatternValues().equals(Set.of("/")) && method.getBeanType().getSimpleName().equals("PhoneController")) {
                return; // takes every method only to hand Vaadin's own requests (?v-r=…) to Vaadin; refuses the rest (below)
            }
            if (method.getBeanType().getSimpleName().equals("BasicErrorController")) {
                return; // Spring's error page, which only renders
            }
            assertThat(info.getMethodsCondition().getMethods()).as(where).isNotEmpty();
            assertThat(reading).as(where).containsAll(info.getMethodsCondition().getMethods());
        });
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/", "/s/reisepass", "/q/abc234", "/sitemap.xml", "/actuator/health")) {
                var response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .method(method, HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(method + " " + path).isIn(403, 404, 405);
            }
        }
    }

    @Test
    void phone_pages_and_short_links_allow_no_script_and_the_kiosk_only_what_vaadin_needs() throws Exception {
        var poster = posters.create(PosterTarget.service("reisepass"), List.of("de"), "A4", false, 2, "Foyer", "test");
        for (String path : List.of("/", "/s/reisepass?lang=ar", "/t/nope", "/q/" + poster.code(), "/sitemap.xml")) {
            var headers = get(path, false).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.NO_SCRIPT_PAGES);
            assertThat(SecurityHeaders.NO_SCRIPT_PAGES).contains("default-src 'none'").doesNotContain("script-src");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        var kiosk = get("/kiosk", false).headers();
        assertThat(kiosk.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.VAADIN_PAGES);
        assertThat(SecurityHeaders.VAADIN_PAGES).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(get("/s/reisepass", true).headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void the_kiosk_and_a_phone_page_work_under_their_policies_without_a_single_violation() {
        var page = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        TestKiosks.hold(page.context(), TestKiosks.credential(fleet, configured));
        var watch = PageWatch.of(page);
        page.navigate(url("/kiosk"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(watch.cspViolations()).as("Vaadin under the kiosk CSP").isEmpty();
        page.locator(".kiosk-language[lang=de]").tap();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        page.navigate(url("/kiosk/de/search"));
        assertThat(page.locator(".kiosk-key").first()).isVisible();
        page.locator(".kiosk-key").first().tap();
        page.navigate(url("/kiosk/de/service/reisepass"));
        assertThat(page.locator("main.kiosk-service h1")).isVisible();
        assertThat(watch.cspViolations()).isEmpty();
        assertThat(watch.dialogs()).isEmpty();
        page.context().close();

        var phone = browser.page(Browser.Screen.PHONE, "de-DE");
        var phoneWatch = PageWatch.of(phone);
        phone.navigate(url("/s/reisepass?lang=de"));
        assertThat(phone.locator("h1")).isVisible();
        assertThat(phone.evaluate("() => document.scripts.length")).isEqualTo(0);
        assertThat(phoneWatch.cspViolations()).isEmpty();
        phone.context().close();
    }

    private HttpResponse<Void> scan(String code, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/q/" + code))).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> get(String path, boolean https) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
