package org.wegweiser.benchmark;

import java.io.IOException;
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
import java.util.regex.Pattern;

/** kiosk-ui started from its jar with {@code java -jar}, as in production, on the benchmark database. */
final class KioskUiProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");

    final int port;
    final long startMillis;
    private final Process process;

    private KioskUiProcess(int port, long startMillis, Process process) {
        this.port = port;
        this.startMillis = startMillis;
        this.process = process;
    }

    /** Starts the jar and returns once it has served the given phone page. */
    static KioskUiProcess start(Path jar, String database, String user, String password, Path work, String name,
                                String firstPage, List<String> extraArguments) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(work);
        // jcmd attaches at once instead of by a signal handshake that can time out on a busy machine
        var command = new ArrayList<>(List.of(java(), "-XX:+StartAttachListener"));
        if (Boolean.getBoolean("wegweiser.benchmarks.jfr")) { // a flight recording per process, for flame graphs
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + work.resolve(name + ".jfr").toAbsolutePath());
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.enabled=false",
                "--wegweiser.demo.enabled=false",
                // wrk is one client sending thousands of scans: lift the per-client limit for the measurement
                "--wegweiser.rate-limit.scans.burst=100000000",
                "--wegweiser.snapshot.file=" + work.resolve(name + "-snapshot.txt").toAbsolutePath(),
                "--wegweiser.kiosk.site=" + LargeCounty.siteKey(0),
                "--wegweiser.kiosk.floor=" + LargeCounty.siteKey(0) + "-f0"));
        command.addAll(extraArguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        long started = System.nanoTime();
        var process = builder.start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var page = URI.create("http://127.0.0.1:" + port + firstPage);
        long deadline = started + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("kiosk-ui stopped at start, see " + work.resolve(name + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new KioskUiProcess(port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), process);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("kiosk-ui did not serve " + page + " within 180 s");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user and system) the process has used so far, from /proc (Linux). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** Heap in use after a full collection, in bytes, read with jcmd. */
    long heapUsedAfterGc() throws Exception {
        String out = "";
        for (int attempt = 0; attempt < 3; attempt++) { // attaching can time out on a busy machine
            jcmd("GC.run");
            jcmd("GC.run");
            out = jcmd("GC.heap_info");
            var matcher = HEAP_USED.matcher(out);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1)) * 1024;
            }
        }
        throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap:\n" + out);
    }

    private String jcmd(String what) throws Exception {
        var jcmd = Path.of(java()).resolveSibling("jcmd").toString();
        var run = new ProcessBuilder(jcmd, String.valueOf(process.pid()), what).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes());
        run.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Stops it as an operator would (SIGTERM): a graceful shutdown. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
