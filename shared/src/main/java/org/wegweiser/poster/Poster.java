package org.wegweiser.poster;

import java.time.Instant;
import java.util.List;

/** A poster as staff and the short link see it. */
public record Poster(long id, String code, PosterTarget target, List<String> languages, String paperFormat,
                     boolean bleed, double viewingDistanceMetres, String placement, Instant createdAt,
                     String createdBy) {

    public Poster {
        languages = List.copyOf(languages);
    }

    /** The language a scan lands in: the poster's first. */
    public String firstLanguage() {
        return languages.getFirst();
    }
}
