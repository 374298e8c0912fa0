package org.wegweiser.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Debian's wrk as the load generator: C and epoll, so it takes less of the two cores than the server. */
final class Wrk {

    /**
     * One run; {@code cpuMillisPerRequest} is the CPU time kiosk-ui spent per answered request,
     * which, unlike requests per second, hardly depends on what else the machine is doing.
     */
    record Result(long requests, double seconds, double perSecond, double p50Millis, double p99Millis, long errors,
                  double cpuMillisPerRequest, String output) {
    }

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)");
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** Requests the paths in turn, compressed like a phone asks for them, over {@code connections} connections. */
    static Result run(KioskUiProcess server, List<String> paths, int connections, int seconds, Path work, String name)
            throws Exception {
        return run(server, paths, connections, seconds, work, name, null);
    }

    /** As above, each request also carrying the cookie (a paired kiosk's credential), when not null. */
    static Result run(KioskUiProcess server, List<String> paths, int connections, int seconds, Path work, String name,
                      String cookie) throws Exception {
        String base = server.url("");
        long cpuBefore = server.cpuMillis();
        var script = work.resolve(name + ".lua");
        Files.writeString(script, """
                local paths = {%s}
                local counter = 0
                request = function()
                  counter = counter + 1
                  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept-Encoding"] = "gzip"%s})
                end
                """.formatted(paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")),
                cookie == null ? "" : ", [\"Cookie\"] = \"" + cookie + "\""));
        var process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "5s", "-s", script.toString(), base).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(seconds + 60L, TimeUnit.SECONDS);
        long cpu = server.cpuMillis() - cpuBefore;
        Files.writeString(work.resolve(name + ".wrk.txt"), out);
        Matcher requests = REQUESTS.matcher(out);
        Matcher perSecond = PER_SECOND.matcher(out);
        if (!requests.find() || !perSecond.find()) {
            throw new IllegalStateException("wrk said:\n" + out);
        }
        double duration = Double.parseDouble(requests.group(2)) * switch (requests.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Result(Long.parseLong(requests.group(1)), duration, Double.parseDouble(perSecond.group(1)),
                latency(out, "50%"), latency(out, "99%"), errors,
                (double) cpu / Math.max(1, Long.parseLong(requests.group(1))), out);
    }

    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
