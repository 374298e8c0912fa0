package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;

import java.util.Map;

/** The fields every place form has: the key, chosen once, and the parent it belongs to, also chosen once. */
final class PlaceForms {

    private PlaceForms() {
    }

    static <D> void key(FormFields<D> fields, TextField key, boolean creating, ValueProvider<D, String> value) {
        key.setEnabled(creating);
        key.setHelperText(key.getTranslation("admin.edit.key.help"));
        fields.text(key, "key", creating, org.wegweiser.content.PlaceEditing.KEY_MAX).bind(value, (d, v) -> { });
    }

    /**
     * The parent (site, building or floor) by its label; a saved place stays where it was made,
     * since offices, services and kiosks point at it there.
     */
    static <D> void parent(FormFields<D> fields, ComboBox<String> parent, String name, Map<String, String> names,
                           boolean creating, ValueProvider<D, String> value) {
        fields.place(parent, name);
        parent.setItems(names.keySet());
        parent.setItemLabelGenerator(k -> names.getOrDefault(k, k));
        parent.setEnabled(creating);
        if (!creating) {
            parent.setHelperText(parent.getTranslation("admin.edit.place.stays"));
        }
        fields.binder.forField(parent).asRequired(parent.getTranslation("admin.edit.required"))
                .bind(value, (d, v) -> { });
    }

    static void layout(FormLayout layout, FormFields<?> fields) {
        layout.addClassName("admin-edit-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        fields.all().forEach(layout::add);
    }


    /** The "new …" button of a place list. */
    static <V extends com.vaadin.flow.component.Component & com.vaadin.flow.router.HasUrlParameter<String>>
    com.vaadin.flow.component.button.Button newButton(com.vaadin.flow.component.Component list, String kind,
                                                      Class<V> editor) {
        var create = new com.vaadin.flow.component.button.Button(
                list.getTranslation("admin.edit.places." + kind + ".new"),
                e -> list.getUI().ifPresent(ui -> ui.navigate(editor)));
        create.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        return create;
    }
}
