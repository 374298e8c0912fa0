package org.wegweiser.content;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Pictograms, floor plans and logos by their asset name ({@code pictograms/passport.svg}),
 * from signage-assets. Only these three folders and SVG files are served.
 */
@Service
public class ContentAssets {

    private static final Pattern NAME = Pattern.compile("(pictograms|plans|logo)/[a-z0-9-]+\\.svg");

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    public record Asset(String name, String contentType, byte[] data) {
    }

    public Optional<Asset> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, ContentAssets::load);
    }

    /** The SVG markup of a pictogram, for inlining so it takes the text colour. */
    public Optional<String> pictogramSvg(String pictogram) {
        return find("pictograms/" + pictogram + ".svg").map(a -> new String(a.data(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = ContentAssets.class.getClassLoader().getResourceAsStream("wegweiser/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(name, "image/svg+xml", in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
