package org.wegweiser.content;

import java.util.List;

/**
 * What needs an editor's attention in the draft content.
 *
 * @param languages          per language: how many texts are missing, in draft or outdated
 * @param servicesWithoutPlace services that name neither a room nor a partner place
 */
public record Attention(List<LanguageState> languages, List<String> servicesWithoutPlace) {

    public record LanguageState(String language, String nativeName, int missing, int draft, int outdated) {
    }

    public Attention {
        languages = List.copyOf(languages);
        servicesWithoutPlace = List.copyOf(servicesWithoutPlace);
    }
}
