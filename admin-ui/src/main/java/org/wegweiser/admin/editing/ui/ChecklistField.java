package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.ServiceDraft.ChecklistEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ordered list of documents to bring: add a document type, mark it optional, add a note, move, remove. */
class ChecklistField extends CustomField<List<ChecklistEntry>> {

    private final Map<String, String> typeNames;
    private final Div rows = new Div();
    private final ComboBox<String> add;
    private List<ChecklistEntry> entries = new ArrayList<>();

    ChecklistField(Map<String, String> typeNames) {
        this.typeNames = typeNames;
        rows.addClassName("admin-checklist");
        add = new ComboBox<>(getTranslation("admin.edit.checklist.add"));
        add.setItems(typeNames.keySet());
        add.setItemLabelGenerator(key -> typeNames.getOrDefault(key, key));
        add.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (entries.stream().noneMatch(c -> c.documentType().equals(e.getValue()))) {
                    entries.add(new ChecklistEntry(e.getValue(), false, ""));
                    changed();
                }
                add.clear();
            }
        });
        add(rows, add);
    }

    @Override
    protected List<ChecklistEntry> generateModelValue() {
        return List.copyOf(entries);
    }

    @Override
    protected void setPresentationValue(List<ChecklistEntry> value) {
        entries = new ArrayList<>(value == null ? List.of() : value);
        render();
    }

    private void changed() {
        render();
        updateValue();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            var entry = entries.get(i);
            String name = typeNames.getOrDefault(entry.documentType(), entry.documentType());
            var row = new Div();
            row.addClassName("admin-checklist-row");
            var title = new Span((i + 1) + ". " + name);
            title.addClassName("admin-checklist-name");
            var optional = new Checkbox(getTranslation("admin.edit.checklist.optional"), entry.optional());
            optional.addValueChangeListener(e -> {
                entries.set(index, new ChecklistEntry(entry.documentType(), e.getValue(), entries.get(index).note()));
                updateValue();
            });
            var note = new TextField(getTranslation("admin.edit.checklist.note", name));
            note.setValue(entry.note() == null ? "" : entry.note());
            note.addValueChangeListener(e -> {
                entries.set(index, new ChecklistEntry(entry.documentType(), entries.get(index).optional(), e.getValue()));
                updateValue();
            });
            var up = button("admin.edit.checklist.up", name, () -> move(index, -1));
            up.setEnabled(i > 0);
            var down = button("admin.edit.checklist.down", name, () -> move(index, 1));
            down.setEnabled(i < entries.size() - 1);
            var remove = button("admin.edit.checklist.remove", name, () -> {
                entries.remove(index);
                changed();
            });
            var buttons = new Div(up, down, remove);
            buttons.addClassName("admin-checklist-buttons");
            row.add(title, note, optional, buttons);
            rows.add(row);
        }
    }

    private Button button(String key, String name, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key) + ": " + name);
        return button;
    }

    private void move(int index, int by) {
        var entry = entries.remove(index);
        entries.add(index + by, entry);
        changed();
    }
}
