package org.wegweiser.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.PageWatch;
import org.wegweiser.testing.MutableClock;
import org.wegweiser.testing.TestClock;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;
import org.wegweiser.web.SecurityHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Attacks the staff sign-in over plain HTTP, as a guessing script would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class StaffSignInSecurityTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @LocalServerPort
    int port;
    /** admin-ui's own session cookie name, so kiosk-ui's cookie on the same host does not replace it. */
    static final String SESSION_COOKIE = "WEGWEISER_ADMIN_SESSION";

    @Autowired
    UserAccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void fifty_failed_sign_ins_block_the_account_even_for_the_right_password_until_the_window_passes() throws Exception {
        String victim = accounts.issueAdministratorPassword("victim");
        String bystander = accounts.issueAdministratorPassword("bystander");

        for (int attempt = 0; attempt < 50; attempt++) {
            assertThat(signIn("victim", "guess-" + attempt, "203.0.113.10").signedIn()).isFalse();
        }

        // The right password, even from another address, is refused with the same neutral answer.
        SignIn blocked = signIn("victim", victim, "198.51.100.20");
        assertThat(blocked.signedIn()).isFalse();
        assertThat(blocked.location()).isEqualTo(url("/login?error"));
        // The guessing address is blocked for every account...
        assertThat(signIn("bystander", bystander, "203.0.113.10").signedIn()).isFalse();
        // ...but another account from another address is not affected.
        assertThat(signIn("bystander", bystander, "198.51.100.30").signedIn()).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("victim", victim, "198.51.100.40").signedIn()).isFalse();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn("victim", victim, "198.51.100.40").signedIn()).isTrue();

        var failures = SystemActor.call(() -> audit.search("SIGN_IN_FAILED", 200)).stream()
                .filter(entry -> entry.actor().equals("victim")).toList();
        assertThat(failures).hasSizeGreaterThanOrEqualTo(52);
    }

    @Test
    void an_old_bcrypt_hash_still_signs_in_and_is_replaced_by_argon2id() throws Exception {
        accounts.issueAdministratorPassword("veteran");
        String password = "an old but long password from 2024";
        jdbc.sql("update app_user set password_hash = ? where username = 'veteran'")
                .param("{bcrypt}" + new BCryptPasswordEncoder().encode(password)).update();

        assertThat(signIn("veteran", password, "198.51.100.60").signedIn()).isTrue();

        String stored = jdbc.sql("select password_hash from app_user where username = 'veteran'").query(String.class).single();
        assertThat(stored).startsWith("{argon2}").contains("$argon2id$");
        assertThat(signIn("veteran", password, "198.51.100.61").signedIn()).isTrue();
        assertThat(signIn("veteran", "an old but long password from 2023", "198.51.100.62").signedIn()).isFalse();
    }

    @Test
    void signing_in_gives_a_new_session_id_and_signing_out_ends_the_session() throws Exception {
        String password = accounts.issueAdministratorPassword("sessions");
        try (var browser = new Browser()) {
            var page = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
            var watch = PageWatch.of(page);
            page.navigate(url("/login"));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(watch.cspViolations()).as("Vaadin under the admin CSP").isEmpty();
            String before = sessionId(page);
            page.getByLabel("Benutzername").fill("sessions");
            page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Abmelden"))).isVisible();
            String after = sessionId(page);
            assertThat(watch.cspViolations()).as("Vaadin under the admin CSP").isEmpty();
            assertThat(watch.dialogs()).isEmpty();

            // Session fixation: the id from before the sign-in is worthless; the new one works.
            assertThat(after).isNotEqualTo(before);
            assertThat(get("/", Optional.of(before), false).statusCode()).isEqualTo(302);
            assertThat(get("/", Optional.of(after), false).statusCode()).isEqualTo(200);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
            PlaywrightAssertions.assertThat(page).hasURL(url("/login"));

            // Signing out ended the session on the server: a copy of the cookie no longer works.
            var reused = get("/", Optional.of(after), false);
            assertThat(reused.statusCode()).isEqualTo(302);
            assertThat(reused.headers().firstValue("Location")).hasValue(url("/login"));
        }
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals(SESSION_COOKIE))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_secure_behind_https() throws Exception {
        var plain = get("/login", Optional.empty(), false).headers().allValues("Set-Cookie");
        assertThat(plain).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(SESSION_COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));

        var https = get("/login", Optional.empty(), true).headers().allValues("Set-Cookie");
        assertThat(https).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(SESSION_COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax").contains("Secure"));

        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void every_page_sends_the_security_headers_and_hsts_only_over_https() throws Exception {
        var plain = get("/login", Optional.empty(), false).headers();
        assertThat(plain.map()).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy");
        String csp = plain.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).startsWith(SecurityHeaders.VAADIN_PAGES).contains("frame-ancestors 'none'", "object-src 'none'")
                .endsWith("frame-src 'self' http://localhost:8080");
        assertThat(plain.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(plain.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(plain.firstValue("X-Frame-Options")).isPresent();
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();

        var https = get("/login", Optional.empty(), true).headers();
        assertThat(https.firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    private record SignIn(boolean signedIn, String location, Optional<String> sessionId) {
    }

    private SignIn signIn(String username, String password, String clientAddress) throws IOException, InterruptedException {
        return signIn(username, password, clientAddress, sessionCookie(get("/login", Optional.empty(), false)).orElse(""), false);
    }

    private SignIn signIn(String username, String password, String clientAddress, String sessionId, boolean https)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!sessionId.isEmpty()) {
            request.header("Cookie", SESSION_COOKIE + "=" + sessionId);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        return new SignIn(response.statusCode() == 302 && !location.contains("/login"), location, sessionCookie(response));
    }

    private HttpResponse<String> get(String path, Optional<String> sessionId, boolean https) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        sessionId.ifPresent(id -> request.header("Cookie", SESSION_COOKIE + "=" + id));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
