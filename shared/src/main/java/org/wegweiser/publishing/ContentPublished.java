package org.wegweiser.publishing;

/** Published after the transaction that wrote a new revision commits. */
public record ContentPublished(Revision revision) {
}
