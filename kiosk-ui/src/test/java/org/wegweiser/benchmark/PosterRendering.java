package org.wegweiser.benchmark;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.poster.Poster;
import org.wegweiser.poster.PosterRenderer;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.Revision;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** JMH: one three-language A4 poster of the large county, rendered to PDF, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PosterRendering {

    private ContentSnapshot content;
    private PosterRenderer renderer;
    private Poster poster;

    static ContentSnapshot snapshot() {
        return new ContentSnapshot(new Revision(1, Instant.now(), "benchmark", "large county"), LargeCounty.generate());
    }

    static Poster poster(int index) {
        return new Poster(index + 1, "bench%d".formatted(index % 10), PosterTarget.service(
                LargeCounty.serviceKey(index % 50, index % 20)), List.of("de", "ar", "uk"), "A4", false, 2,
                "Foyer", Instant.now(), "benchmark");
    }

    @Setup
    public void setUp() {
        content = snapshot();
        renderer = new PosterRenderer(new ContentAssets());
        poster = poster(7);
    }

    @Benchmark
    public byte[] threeLanguageA4() {
        return renderer.render(content, poster);
    }
}
