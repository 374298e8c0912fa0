package org.wegweiser.content;

import java.util.List;

/**
 * A service as its editor shows it: the German texts and the links to other content by key.
 * Translations are written in the translation workspace, not here.
 *
 * @param version the service's version when this was read; a save names the draft it started from
 */
public record ServiceDraft(String key, int version, String title, String summary, String whatHappens,
                           String fees, String keywords, String pictogram, String office, List<String> rooms,
                           String partnerPlace, List<String> topics, List<ChecklistEntry> checklist,
                           boolean appointmentRequired, String onlineUrl, String leikaKey) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int LINE_MAX = 500;

    public ServiceDraft {
        rooms = ContentPackage.copy(rooms);
        topics = ContentPackage.copy(topics);
        checklist = ContentPackage.copy(checklist);
    }

    /** One document to bring, in checklist order; the note is the German one. */
    public record ChecklistEntry(String documentType, boolean optional, String note) {
    }
}
