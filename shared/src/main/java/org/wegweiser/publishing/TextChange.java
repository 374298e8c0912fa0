package org.wegweiser.publishing;

/** One text that differs between two revisions; {@code before} or {@code after} is null when it was added or removed. */
public record TextChange(String where, String language, String before, String after) {
}
