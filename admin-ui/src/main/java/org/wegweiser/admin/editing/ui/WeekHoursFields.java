package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.DayHours;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Weekly opening hours as staff type them, one line per day ({@link DayHours}), with a heading and a hint. */
final class WeekHoursFields {

    private final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

    <D> WeekHoursFields(FormLayout layout, java.util.Locale locale, FormFields<D> fields, String heading,
                        Function<D, List<ContentPackage.OpeningPeriod>> hours) {
        var hint = new Div(layout.getTranslation("admin.edit.office.hours.help"));
        hint.addClassName("admin-hint");
        layout.add(new H2(heading), 2);
        layout.add(hint, 2);
        for (DayOfWeek day : DayOfWeek.values()) {
            var field = new TextField(day.getDisplayName(TextStyle.FULL, locale));
            field.setPlaceholder(layout.getTranslation("admin.edit.office.closed"));
            fields.binder.forField(field).withValidator(v -> readable(day, v),
                            layout.getTranslation("admin.edit.office.hours.invalid"))
                    .bind(d -> DayHours.format(day, hours.apply(d)), (d, v) -> { });
            days.put(day, field);
            layout.add(field);
        }
    }

    /** The hours as typed; call it after the binder validated. */
    List<ContentPackage.OpeningPeriod> value() {
        var hours = new ArrayList<ContentPackage.OpeningPeriod>();
        days.forEach((day, field) -> hours.addAll(DayHours.parse(day, field.getValue())));
        return hours;
    }

    private static boolean readable(DayOfWeek day, String text) {
        try {
            DayHours.parse(day, text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
