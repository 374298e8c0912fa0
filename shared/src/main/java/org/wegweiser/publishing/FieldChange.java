package org.wegweiser.publishing;

/** One field that differs between two versions; {@code before} or {@code after} is null when it was added or removed. */
public record FieldChange(String field, String before, String after) {
}
