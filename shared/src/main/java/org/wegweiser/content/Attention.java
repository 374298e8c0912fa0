package org.wegweiser.content;

import java.time.Instant;
import java.util.List;

/**
 * What needs an editor's attention in the draft content.
 *
 * @param languages              per language: how many texts are missing, in draft, outdated and reviewed
 * @param servicesWithoutPlace   services that name neither a room nor a partner place
 * @param servicesWithoutChecklist services that list no document to bring
 * @param notReviewed            content whose German texts have not changed for a year, oldest first
 */
public record Attention(List<LanguageState> languages, List<String> servicesWithoutPlace,
                        List<String> servicesWithoutChecklist, List<Unreviewed> notReviewed) {

    /** @param total the fields that have a German text, so {@code reviewed / total} is the progress */
    public record LanguageState(String language, String nativeName, int missing, int draft, int outdated,
                                int reviewed, int total) {

        /** Reviewed share in whole percent, rounded down so 100 means really everything. */
        public int percentReviewed() {
            return total == 0 ? 100 : (int) (100L * reviewed / total);
        }
    }

    /** @param lastChanged when one of its German texts last changed */
    public record Unreviewed(String entity, String key, String name, Instant lastChanged) {
    }

    public Attention {
        languages = List.copyOf(languages);
        servicesWithoutPlace = List.copyOf(servicesWithoutPlace);
        servicesWithoutChecklist = List.copyOf(servicesWithoutChecklist);
        notReviewed = List.copyOf(notReviewed);
    }
}
