package org.wegweiser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kiosk-ui behind a load balancer: two instances on one MariaDB database. A publication reaches
 * both, and the scans each one counts add up exactly once both have stopped.
 */
class SeveralInstancesTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void two_instances_on_one_database_both_show_a_publication_and_their_scan_counts_add_up(@TempDir Path dir)
            throws Exception {
        String database = TestDatabases.create();
        var first = start(database, dir.resolve("first.txt"), true);
        var second = start(database, dir.resolve("second.txt"), false);
        int scansEach = 120;
        long posterId;
        try {
            String newTitle = "Reisepass beantragen – auch in der Außenstelle";
            var packages = first.getBean(ContentPackageService.class);
            packages.importPackage(ContentPackageCodec.write(packages.draft().withService("reisepass",
                    s -> s.withTitle(s.title().with("de", newTitle)))), "editor");
            first.getBean(PublishingService.class).publish("editor", "new passport title");

            for (var instance : List.of(first, second)) {
                assertThat(eventually(() -> get(instance, "/s/reisepass?lang=de").contains(newTitle)))
                        .as("instance on port %d shows the publication", port(instance)).isTrue();
            }

            var poster = first.getBean(Posters.class).create(PosterTarget.service("reisepass"), List.of("de"), "A4",
                    false, 2, "Foyer", "editor");
            posterId = poster.id();
            try (var pool = Executors.newFixedThreadPool(16)) {
                var calls = new ArrayList<Future<Integer>>();
                for (int i = 0; i < scansEach; i++) {
                    for (var instance : List.of(first, second)) {
                        calls.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port(instance) + "/q/" + poster.code())).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode()));
                    }
                }
                for (var call : calls) {
                    assertThat(call.get()).isEqualTo(302);
                }
            }
        } finally {
            first.close();
            second.close();
        }
        try (var connection = DriverManager.getConnection(database, TestDatabases.USER, TestDatabases.PASSWORD);
             var query = connection.prepareStatement("select coalesce(sum(scans), 0) from scan_count where poster_id = ?")) {
            query.setLong(1, posterId);
            try (var result = query.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).isEqualTo(2L * scansEach);
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, Path snapshot, boolean demo) {
        // Arguments, not default properties: they must win over application.properties, as in production
        return new SpringApplicationBuilder(KioskUiApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.USER,
                "--spring.datasource.password=" + TestDatabases.PASSWORD,
                "--wegweiser.demo.enabled=" + demo,
                // all scans come from this one test client: the per-client limit is tested in PublicSideSecurityTest
                "--wegweiser.rate-limit.scans.burst=1000",
                "--wegweiser.snapshot.file=" + snapshot);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private String get(ConfigurableApplicationContext instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Waits for the check to hold, generously: the other instance learns of a publication by polling. */
    private static boolean eventually(Check check) throws Exception {
        var until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return check.holds();
    }
}
