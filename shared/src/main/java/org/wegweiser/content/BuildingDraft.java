package org.wegweiser.content;

/** A building of a site as its editor shows it, the name in German; {@code site} is the site's key. */
public record BuildingDraft(String key, int version, String site, String name) {
}
