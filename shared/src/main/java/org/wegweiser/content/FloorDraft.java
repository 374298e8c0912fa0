package org.wegweiser.content;

/**
 * A floor of a building as its editor shows it, the name in German.
 *
 * @param level     0 for the ground floor, negative below it
 * @param planImage the asset name of the floor plan ({@code uploads/….png}), empty when there is none
 */
public record FloorDraft(String key, int version, String building, String name, int level, String planImage) {
}
