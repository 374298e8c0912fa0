package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** The left column of every editor: what happened on the last save, the form, the save button. */
final class EditorColumn extends Div {

    EditorColumn(SaveAction<?> save, Component form, Runnable onSave) {
        var button = new Button(getTranslation("admin.edit.save"), e -> onSave.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("admin-save");
        addClassName("admin-edit-column");
        add(save.banner(), form, button);
    }
}
