package org.wegweiser.content;

import java.util.List;

/**
 * What importing a package would do, worked out without writing anything: per kind of
 * content the keys that would be created, removed or changed, and how many texts differ.
 */
public record ImportPreview(List<Kind> kinds, int textsChanged) {

    public record Kind(String kind, List<String> created, List<String> changed, List<String> removed, int unchanged) {
        public Kind {
            created = List.copyOf(created);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }
    }

    public ImportPreview {
        kinds = List.copyOf(kinds);
    }

    public boolean changesAnything() {
        return textsChanged > 0 || kinds.stream().anyMatch(k -> !k.created().isEmpty() || !k.changed().isEmpty()
                || !k.removed().isEmpty());
    }
}
