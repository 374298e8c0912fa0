package org.wegweiser.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.wegweiser.KioskUiApplication;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.testing.CuttableProxy;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.SystemActor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while kiosk-ui runs (a proxy between them is cut): the kiosk and phone
 * pages keep serving the published content and short links still redirect; when the database is
 * back, scans are counted again.
 */
class KioskDatabaseOutageTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_and_short_links_keep_working_while_the_database_is_away_and_counting_resumes(@TempDir Path dir)
            throws Exception {
        String database = TestDatabases.create();
        try (var proxy = new CuttableProxy(TestDatabases.HOST, Integer.parseInt(TestDatabases.PORT))) {
            String proxied = database.replace(TestDatabases.HOST + ":" + TestDatabases.PORT, "127.0.0.1:" + proxy.port());
            var app = new SpringApplicationBuilder(KioskUiApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + proxied,
                    "--spring.datasource.username=" + TestDatabases.USER,
                    "--spring.datasource.password=" + TestDatabases.PASSWORD,
                    "--wegweiser.demo.enabled=true",
                    "--wegweiser.snapshot.file=" + dir.resolve("snapshot.txt"),
                    "--spring.datasource.hikari.connection-timeout=1000");
            try {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                var poster = SystemActor.call(() -> app.getBean(Posters.class).create(PosterTarget.service("reisepass"),
                        List.of("de"), "A4", false, 2, "Foyer", "editor"));
                String secret = SystemActor.call(() -> app.getBean(KioskFleet.class).issueCredential(new KioskSetup(
                        "Foyer", "rathaus", "rathaus-eg", 0.5, 0.9, 60, List.of()), "test"));

                proxy.cut();
                assertThat(get(port, "/s/reisepass?lang=de", null).body()).contains("Reisepass");
                assertThat(get(port, "/?lang=ar", null).statusCode()).isEqualTo(200);
                var kioskPage = get(port, "/kiosk/de/service/reisepass", secret);
                assertThat(kioskPage.statusCode()).as("the kiosk page of a paired kiosk loads").isEqualTo(200);
                var scan = get(port, "/q/" + poster.code(), null);
                assertThat(scan.statusCode()).as("a scan still leads somewhere").isEqualTo(302);

                proxy.restore();
                long before = scans(database, poster.id());
                boolean counted = false;
                for (int i = 0; i < 100 && !counted; i++) {
                    assertThat(get(port, "/q/" + poster.code(), null).statusCode()).isEqualTo(302);
                    Thread.sleep(300);
                    counted = scans(database, poster.id()) > before;
                }
                assertThat(counted).as("scans are counted again once the database is back").isTrue();
            } finally {
                app.close();
            }
        }
    }

    private HttpResponse<String> get(int port, String path, String credential) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credential != null) {
            request.header("Cookie", KioskFleet.CREDENTIAL_COOKIE + "=" + credential);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long scans(String database, long posterId) throws Exception {
        try (var connection = DriverManager.getConnection(database, TestDatabases.USER, TestDatabases.PASSWORD);
             var query = connection.prepareStatement("select coalesce(sum(scans), 0) from scan_count where poster_id = ?")) {
            query.setLong(1, posterId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
