package org.wegweiser.i18n;

import org.junit.jupiter.api.Test;

import java.text.Bidi;

import static org.assertj.core.api.Assertions.assertThat;

class BidiTextTest {

    @Test
    void a_phone_number_in_arabic_stays_in_its_written_order() {
        String text = BidiText.isolateNumbers("اتصل على الرقم +49 1234 567-100.");
        assertThat(text).contains("\u2066+49 1234 567-100\u2069");
        assertThat(visualOrderOfDigits(text)).contains("+49 1234 567-100");
    }

    @Test
    void a_range_of_counters_is_not_reversed() {
        String text = BidiText.isolateNumbers("الشبابيك 1–6");
        assertThat(visualOrderOfDigits(text)).contains("1–6");
    }

    @Test
    void times_dates_and_amounts_are_isolated_and_plain_numbers_left_alone() {
        assertThat(BidiText.isolateNumbers("من 08:00 إلى 12:30")).contains("\u206608:00\u2069", "\u206612:30\u2069");
        assertThat(BidiText.isolateNumbers("37,00 €")).isEqualTo("\u206637,00\u2069 €");
        assertThat(BidiText.isolateNumbers("الغرفة 12")).isEqualTo("الغرفة 12");
        assertThat(BidiText.isolateNumbers(null)).isNull();
    }

    /** The characters of the line in the order they are shown, per java.text.Bidi (which honours isolates). */
    private static String visualOrderOfDigits(String logical) {
        var bidi = new Bidi(logical, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        var levels = new byte[runs];
        var objects = new Object[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            objects[i] = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
        }
        Bidi.reorderVisually(levels, 0, objects, 0, runs);
        var visual = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            String run = (String) objects[i];
            visual.append(levels[i] % 2 == 1 ? new StringBuilder(run).reverse() : run);
        }
        return visual.toString().replaceAll("[\u2066\u2069]", "");
    }
}
