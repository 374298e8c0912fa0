package org.wegweiser.publishing;

import java.time.Instant;

/** A published revision, without its content. */
public record Revision(int number, Instant publishedAt, String publishedBy, String note) {
}
