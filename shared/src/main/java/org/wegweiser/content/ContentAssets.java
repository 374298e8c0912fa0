package org.wegweiser.content;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wegweiser.upload.UploadedImage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Pictures by their asset name: pictograms, floor plans and logos of signage-assets
 * ({@code pictograms/passport.svg}), and pictures staff uploaded ({@code uploads/3f…a1.png}),
 * which live in the database's {@code asset} table. Only these names are served.
 *
 * <p>An upload is named by the hash of its bytes, so a name never points to other pixels later:
 * the public side may cache it for good, and a draft that names a new plan does not change the
 * published one.
 */
@Service
public class ContentAssets {

    private static final Pattern BUNDLED = Pattern.compile("(pictograms|plans|logo)/[a-z0-9-]+\\.svg");
    private static final Pattern UPLOADED = Pattern.compile("uploads/[0-9a-f]{32}\\.png");

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    public record Asset(String name, String contentType, byte[] data) {
    }

    /** Only the bundled assets: for renderers that run without a database (tests, benchmarks). */
    public ContentAssets() {
        this(null);
    }

    @Autowired
    public ContentAssets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code name} is a name this class can serve (it may still not exist). */
    public static boolean isAssetName(String name) {
        return name != null && (BUNDLED.matcher(name).matches() || UPLOADED.matcher(name).matches());
    }

    public Optional<Asset> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (BUNDLED.matcher(name).matches()) {
            return cache.computeIfAbsent(name, ContentAssets::load);
        }
        if (UPLOADED.matcher(name).matches() && jdbc != null) {
            Optional<Asset> found = cache.get(name);
            if (found != null) {
                return found;
            }
            // Only found uploads are cached: a name looked up before its upload must not stay missing.
            found = jdbc.sql("select content_type, data from asset where name = ?").param(name)
                    .query((row, n) -> new Asset(name, row.getString(1), row.getBytes(2))).optional();
            found.ifPresent(asset -> cache.put(name, Optional.of(asset)));
            return found;
        }
        return Optional.empty();
    }

    /**
     * Keeps an accepted upload (see {@link org.wegweiser.upload.ImageUploads}) and returns its
     * asset name. The same picture uploaded twice is kept once. Callers check the role: this is
     * called from the role-checked editing services only.
     */
    public String store(UploadedImage image) {
        if (jdbc == null) {
            throw new IllegalStateException("no database to keep an upload in");
        }
        String name = "uploads/" + HexFormat.of().formatHex(sha256(image.png()), 0, 16) + ".png";
        boolean kept = jdbc.sql("select count(*) from asset where name = ?").param(name).query(Long.class).single() > 0;
        if (!kept) {
            try {
                jdbc.sql("insert into asset (name, content_type, data) values (?, ?, ?)")
                        .params(name, image.mediaType(), image.png()).update();
            } catch (DuplicateKeyException sameUploadAtTheSameTime) {
                // the same bytes, kept by another request a moment ago
            }
        }
        return name;
    }

    /** The SVG markup of a pictogram, for inlining so it takes the text colour. */
    public Optional<String> pictogramSvg(String pictogram) {
        return find("pictograms/" + pictogram + ".svg").map(a -> new String(a.data(), StandardCharsets.UTF_8));
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = ContentAssets.class.getClassLoader().getResourceAsStream("wegweiser/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(name, "image/svg+xml", in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
