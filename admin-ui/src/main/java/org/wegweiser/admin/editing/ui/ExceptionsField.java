package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.DayHours;
import org.wegweiser.content.OfficeDraft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Days or date ranges on which an office is closed or keeps other hours: holidays, closures, a week of short hours. */
class ExceptionsField extends CustomField<List<OfficeDraft.Exception>> {

    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();

    ExceptionsField() {
        rows.addClassName("admin-exceptions");
        var add = new Button(getTranslation("admin.edit.exception.add"), e -> {
            var today = LocalDate.now().toString();
            addRow(new OfficeDraft.Exception(today, today, true, null, null, ""));
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
    }

    /** Whether every row can be read: dates given, the last day not before the first, hours when open. */
    boolean rowsValid() {
        boolean valid = true;
        for (var row : shown) {
            valid &= row.check();
        }
        return valid;
    }

    @Override
    protected List<OfficeDraft.Exception> generateModelValue() {
        return shown.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<OfficeDraft.Exception> value) {
        rows.removeAll();
        shown.clear();
        (value == null ? List.<OfficeDraft.Exception>of() : value).forEach(this::addRow);
    }

    private void addRow(OfficeDraft.Exception exception) {
        var row = new Row(exception);
        shown.add(row);
        rows.add(row.layout);
    }

    private final class Row {
        final DatePicker from = new DatePicker(getTranslation("admin.edit.exception.from"));
        final DatePicker to = new DatePicker(getTranslation("admin.edit.exception.to"));
        final Checkbox closed = new Checkbox(getTranslation("admin.edit.exception.closed"));
        final TextField hours = new TextField(getTranslation("admin.edit.exception.hours"));
        final TextField note = new TextField(getTranslation("admin.edit.exception.note"));
        final Div layout = new Div();

        Row(OfficeDraft.Exception exception) {
            from.setValue(date(exception.from()));
            to.setValue(date(exception.to()));
            // Staff type dates more often than they pick them; the calendar opens from its button.
            from.setAutoOpen(false);
            to.setAutoOpen(false);
            // This field checks its rows on save; the pickers' own checks would clear its marks.
            from.setManualValidation(true);
            to.setManualValidation(true);
            hours.setManualValidation(true);
            from.setRequiredIndicatorVisible(true);
            to.setRequiredIndicatorVisible(true);
            closed.setValue(exception.closed());
            hours.setValue(exception.opens() == null ? "" : exception.opens() + "–" + exception.closes());
            hours.setPlaceholder("09:00–12:00");
            hours.setEnabled(!exception.closed());
            note.setValue(exception.note() == null ? "" : exception.note());
            closed.addValueChangeListener(e -> hours.setEnabled(!e.getValue()));
            from.addValueChangeListener(e -> {
                if (to.isEmpty() && e.getValue() != null) {
                    to.setValue(e.getValue());
                }
            });
            for (var field : List.of(from, to)) {
                field.addValueChangeListener(e -> updateValue());
            }
            closed.addValueChangeListener(e -> updateValue());
            hours.addValueChangeListener(e -> updateValue());
            note.addValueChangeListener(e -> updateValue());
            var remove = new Button(getTranslation("admin.edit.checklist.remove"), e -> {
                shown.remove(this);
                rows.remove(layout);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("admin.edit.exception.remove", exception.from()));
            layout.addClassName("admin-exception-row");
            layout.add(from, to, closed, hours, note, remove);
        }

        boolean check() {
            from.setInvalid(false);
            to.setInvalid(false);
            hours.setInvalid(false);
            boolean valid = true;
            if (from.isEmpty() || to.isEmpty()) {
                (from.isEmpty() ? from : to).setErrorMessage(getTranslation("admin.edit.required"));
                (from.isEmpty() ? from : to).setInvalid(true);
                valid = false;
            } else if (to.getValue().isBefore(from.getValue())) {
                to.setErrorMessage(getTranslation("admin.edit.exception.order", ""));
                to.setInvalid(true);
                valid = false;
            }
            if (!closed.getValue()) {
                try {
                    if (DayHours.parse(DayOfWeek.MONDAY, hours.getValue()).size() != 1) {
                        throw new IllegalArgumentException("one period");
                    }
                } catch (IllegalArgumentException e) {
                    hours.setErrorMessage(getTranslation("admin.edit.exception.hours.invalid", ""));
                    hours.setInvalid(true);
                    valid = false;
                }
            }
            return valid;
        }

        OfficeDraft.Exception value() {
            String opens = null;
            String closes = null;
            if (!closed.getValue()) {
                try {
                    var period = DayHours.parse(DayOfWeek.MONDAY, hours.getValue()).getFirst();
                    opens = period.opens();
                    closes = period.closes();
                } catch (RuntimeException e) {
                    // not readable yet; check() says so on save
                }
            }
            return new OfficeDraft.Exception(string(from.getValue()), string(to.getValue()), closed.getValue(), opens,
                    closes, note.getValue());
        }
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
