package org.wegweiser.content;

import java.util.List;

/**
 * An office as its editor shows it, texts in German.
 *
 * @param hours      the weekly opening hours, periods of days ({@code MONDAY}) with {@code HH:mm} times
 * @param exceptions days or date ranges on which the office is closed or keeps other hours
 */
public record OfficeDraft(String key, int version, String name, String description, String phone, String email,
                          String appointmentUrl, String appointmentPhone, List<String> rooms,
                          List<ContentPackage.OpeningPeriod> hours, List<Exception> exceptions) {

    public OfficeDraft {
        rooms = ContentPackage.copy(rooms);
        hours = ContentPackage.copy(hours);
        exceptions = ContentPackage.copy(exceptions);
    }

    /** @param from first day, {@code yyyy-MM-dd}; @param to last day; opens/closes are null when closed */
    public record Exception(String from, String to, boolean closed, String opens, String closes, String note) {
    }
}
