package org.wegweiser.testing;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * kiosk-ui started from the jar the build made ({@code java -jar}, as in production), for an
 * admin-ui test that needs the public side beside it. The jar's path comes from the system
 * property {@code wegweiser.kiosk-ui.jar}, which admin-ui's pom sets.
 */
public final class KioskUiJar implements AutoCloseable {

    public final int port;
    private final Process process;

    private KioskUiJar(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** A free port to give {@link #start} later, so the other application can be told it first. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts kiosk-ui on the database (which admin-ui has migrated) and returns once its health check is up. */
    public static KioskUiJar start(int port, String databaseUrl, String user, String password, List<String> arguments)
            throws Exception {
        String jarProperty = System.getProperty("wegweiser.kiosk-ui.jar");
        if (jarProperty == null || !Files.isRegularFile(Path.of(jarProperty))) {
            throw new IllegalStateException("kiosk-ui's jar is missing (" + jarProperty + "): build kiosk-ui first, "
                    + "e.g. ./mvnw -pl admin-ui -am verify");
        }
        var work = Path.of("target", "kiosk-ui-" + port);
        Files.createDirectories(work);
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jarProperty,
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.enabled=false",
                "--wegweiser.demo.enabled=false",
                "--wegweiser.snapshot.file=" + work.resolve("snapshot.txt").toAbsolutePath()));
        command.addAll(arguments);
        var log = work.resolve("kiosk-ui.log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var health = URI.create("http://localhost:" + port + "/actuator/health");
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new KioskUiJar(port, process);
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("kiosk-ui did not come up on port " + port + ", see " + log.toAbsolutePath());
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
