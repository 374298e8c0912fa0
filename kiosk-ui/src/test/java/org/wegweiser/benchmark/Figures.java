package org.wegweiser.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The figures of one run, written as the table of docs/benchmarks.md. */
final class Figures {

    record Row(String figure, String measured, String target, Boolean met, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String figure, String measured, String target, Boolean met, String note) {
        rows.add(new Row(figure, measured, target, met, note == null ? "" : note));
        System.out.printf("BENCHMARK %s: %s (target %s) %s%n", figure, measured, target, note == null ? "" : note);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("BENCHMARK note: " + text);
    }

    List<Row> rows() {
        return rows;
    }

    /** The value at the given percentile (nearest rank) of the samples. */
    static double percentile(List<Double> samples, double percent) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String medianP95(List<Double> samples, String unit) {
        return "median %s, p95 %s %s (n=%d)".formatted(number(percentile(samples, 50)), number(percentile(samples, 95)),
                unit, samples.size());
    }

    static String minMedianMax(List<Double> samples, String unit) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return "min %s / median %s / max %s %s (n=%d)".formatted(number(sorted[0]), number(percentile(samples, 50)),
                number(sorted[sorted.length - 1]), unit, sorted.length);
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    void write(Path file, String machine, String started, String finished, String workload) throws IOException {
        var out = new StringBuilder();
        out.append("# Benchmarks\n\n");
        out.append("Written by `./mvnw -B -Pbenchmarks verify` (see README, \"Run the benchmarks\"); every run replaces\n")
                .append("this file. Speed and memory are measured here, never asserted in the tests. The figures of a\n")
                .append("busy shared machine are noisy: compare runs by the load average beside them.\n\n");
        out.append("## Last run\n\n").append(machine).append("\n\n");
        out.append("- started: ").append(started).append("\n- finished: ").append(finished).append("\n\n");
        out.append("Workload: ").append(workload).append("\n\n");
        out.append("| figure | measured | target | met | note |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.figure())).append(" | ").append(cell(row.measured())).append(" | ")
                    .append(cell(row.target())).append(" | ")
                    .append(row.met() == null ? "–" : row.met() ? "yes" : "**no**").append(" | ")
                    .append(cell(row.note())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\n## Notes of this run\n\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
        }
        String existing = Files.exists(file) ? Files.readString(file) : "";
        int analysis = existing.indexOf("\n## Analysis");
        if (analysis >= 0) {
            out.append(existing.substring(analysis)); // the hand-written part survives a rerun
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static List<Double> list(double... values) {
        return Arrays.stream(values).boxed().toList();
    }
}
