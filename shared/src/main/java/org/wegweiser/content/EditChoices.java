package org.wegweiser.content;

import java.util.List;

/** What an editor can link a service to, each named in German, in content order. */
public record EditChoices(List<Choice> offices, List<Choice> rooms, List<Choice> partnerPlaces, List<Choice> topics,
                          List<Choice> documentTypes, List<Choice> sites) {

    public record Choice(String key, String label) {
    }

    /** Key to label, in the given order. */
    public static java.util.Map<String, String> names(List<Choice> choices) {
        var names = new java.util.LinkedHashMap<String, String>();
        choices.forEach(c -> names.put(c.key(), c.label()));
        return names;
    }
}
