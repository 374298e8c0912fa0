package org.wegweiser.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * kiosk-ui started from the jar the build made (the reactor builds kiosk-ui before admin-ui), on
 * admin-ui's database, as a second process the way a town runs it.
 */
final class KioskUiJar implements AutoCloseable {

    private static final Path JAR = Path.of("..", "kiosk-ui", "target", "kiosk-ui.jar");

    private final Process process;
    private final int port;

    private KioskUiJar(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static KioskUiJar start(String database, String user, String password) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build kiosk-ui with admin-ui, "
                    + "e.g. ./mvnw -pl kiosk-ui,admin-ui -am verify");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var work = Files.createDirectories(Path.of("target", "kiosk-ui"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "--server.port=" + port,
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.flyway.enabled=false",
                "--wegweiser.demo.enabled=false",
                "--wegweiser.snapshot.file=" + work.resolve("snapshot-" + port + ".txt").toAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(work.resolve("kiosk-ui-" + port + ".log").toFile()).start();
        var kiosk = new KioskUiJar(process, port);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("kiosk-ui stopped at start, see " + work.toAbsolutePath());
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(kiosk.url("/actuator/health"))).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return kiosk;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        kiosk.close();
        throw new IllegalStateException("kiosk-ui did not start within 180 s");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
