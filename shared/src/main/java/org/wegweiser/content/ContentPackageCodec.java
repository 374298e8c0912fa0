package org.wegweiser.content;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes content packages as JSON. Output is indented and stable, so packages diff well. */
public final class ContentPackageCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ContentPackageCodec() {
    }

    /** @throws ContentPackageException when the bytes are not JSON of the package's shape */
    public static ContentPackage read(byte[] json) {
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
