package org.wegweiser.content;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes content packages as JSON. Output is indented and stable, so packages diff well.
 * A package to read is treated as hostile: its size, nesting, numbers and strings are limited
 * before anything is built from it; there is no polymorphic typing and JSON has no entities.
 */
public final class ContentPackageCodec {

    /** The largest package read; the Musterstadt demo is about 200 kB, a large county a few MB. */
    public static final int MAX_PACKAGE_BYTES = 32 * 1024 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_PACKAGE_BYTES)
            .maxNestingDepth(32)
            .maxNumberLength(32)
            .maxNameLength(200)
            // Above the 64 KB a text may have, so the validator can say which text is too long.
            .maxStringLength(2 * 1024 * 1024)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ContentPackageCodec() {
    }

    /** @throws ContentPackageException when the bytes are not JSON of the package's shape */
    public static ContentPackage read(byte[] json) {
        if (json.length > MAX_PACKAGE_BYTES) {
            throw new ContentPackageException(List.of(new ContentPackageException.Problem("package",
                    "is " + json.length / (1024 * 1024) + " MB; at most " + MAX_PACKAGE_BYTES / (1024 * 1024) + " MB can be imported")));
        }
        try {
            ContentPackage content = MAPPER.readValue(json, ContentPackage.class);
            if (content == null) {
                throw new ContentPackageException(List.of(new ContentPackageException.Problem("package", "is empty")));
            }
            return content;
        } catch (JacksonException e) {
            throw new ContentPackageException(List.of(new ContentPackageException.Problem(path(e),
                    "is not valid: " + e.getOriginalMessage())));
        }
    }

    public static byte[] write(ContentPackage content) {
        return (MAPPER.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        if (path.isEmpty()) {
            var location = e.getLocation();
            return location == null ? "package" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
