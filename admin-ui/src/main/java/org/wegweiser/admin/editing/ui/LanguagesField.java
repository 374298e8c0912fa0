package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.wegweiser.content.OrganisationDraft.LanguageChoice;

import java.util.ArrayList;
import java.util.List;

/** The languages visitors are offered, in their order: switch one on or off, move it up or down. */
class LanguagesField extends CustomField<List<LanguageChoice>> {

    private final Div rows = new Div();
    private List<LanguageChoice> languages = new ArrayList<>();

    LanguagesField() {
        rows.addClassName("admin-checklist");
        rows.addClassName("admin-languages");
        add(rows);
    }

    @Override
    protected List<LanguageChoice> generateModelValue() {
        return List.copyOf(languages);
    }

    @Override
    protected void setPresentationValue(List<LanguageChoice> value) {
        languages = new ArrayList<>(value == null ? List.of() : value);
        render(-1, false);
    }

    /** @param focused the row just moved, whose button keeps the keyboard focus, or -1 */
    private void render(int focused, boolean upwards) {
        rows.removeAll();
        for (int i = 0; i < languages.size(); i++) {
            int index = i;
            var language = languages.get(i);
            var row = new Div();
            row.addClassName("admin-language-row");
            var position = new Span((i + 1) + ".");
            position.addClassName("admin-checklist-name");
            var enabled = new Checkbox(language.nativeName(), language.enabled());
            enabled.getElement().setAttribute("lang", language.code());
            enabled.addValueChangeListener(e -> {
                var now = languages.get(index);
                languages.set(index, new LanguageChoice(now.code(), now.nativeName(), e.getValue()));
                updateValue();
            });
            var up = button("admin.edit.checklist.up", language.nativeName(), () -> move(index, -1, true));
            up.setEnabled(i > 0);
            var down = button("admin.edit.checklist.down", language.nativeName(), () -> move(index, 1, false));
            down.setEnabled(i < languages.size() - 1);
            var buttons = new Div(up, down);
            buttons.addClassName("admin-language-buttons");
            row.add(position, enabled, buttons);
            rows.add(row);
            if (i == focused) {
                boolean keepUp = upwards ? i > 0 : i == languages.size() - 1;
                (keepUp ? up : down).focus();
            }
        }
    }

    private Button button(String key, String name, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key) + ": " + name);
        return button;
    }

    private void move(int index, int by, boolean upwards) {
        var language = languages.remove(index);
        languages.add(index + by, language);
        render(index + by, upwards);
        updateValue();
    }
}
