package org.wegweiser.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A version of one piece of content that differs from the one before.
 *
 * @param revision the revision it was published in; null for the unpublished draft
 * @param present  false when the content was removed in this version
 * @param changes  the fields that differ from the previous version
 */
public record EntityVersion(Integer revision, Instant publishedAt, String publishedBy, boolean present,
                            List<FieldChange> changes) {

    public EntityVersion {
        changes = List.copyOf(changes);
    }

    public boolean isDraft() {
        return revision == null;
    }
}
