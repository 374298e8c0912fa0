package org.wegweiser.content;

import java.time.Instant;
import java.util.List;

/**
 * A save refused because someone else saved the same thing after the editor opened it; nothing
 * was written. It carries what the other person changed and the current state, so the editor
 * can take it and reapply their own change ({@link EditMerge#reapply}).
 */
public class EditConflict extends RuntimeException {

    private final transient Object current;
    private final List<Change> changes;
    private final String actor;
    private final Instant at;

    public EditConflict(Object current, List<Change> changes, String actor, Instant at) {
        super("Someone else saved this since it was opened: " + changes);
        this.current = current;
        this.changes = List.copyOf(changes);
        this.actor = actor;
        this.at = at;
    }

    /** The draft as it is saved now. */
    public <T> T current(Class<T> type) {
        return type.cast(current);
    }

    /** What differs between the draft the editor opened and the one saved now. */
    public List<Change> changes() {
        return changes;
    }

    /** Who saved last, or null when the audit log does not say. */
    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    /** One field, as the editor saw it and as it is now. */
    public record Change(String field, String before, String after) {
    }
}
