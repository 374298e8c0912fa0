package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.Map;

/**
 * What the forms of sites, buildings, floors and rooms share: labels from {@code admin.edit.place.*},
 * messages of the service on their fields, and the parent named by its label in a conflict.
 *
 * @param <D> the draft record
 */
abstract class PlaceForm<D> extends Composite<FormLayout> implements SaveAction.Form<D>, SaveAction.Labels {

    final FormFields<D> fields = new FormFields<>(this, this::field);
    private final String parentField;
    private final Map<String, String> parents;

    /** @param parentField the field naming the parent ({@code site}, {@code building}, {@code floor}), or null */
    PlaceForm(String parentField, Map<String, String> parents) {
        this.parentField = parentField;
        this.parents = parents;
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.edit.place." + field);
    }

    @Override
    public String value(String field, String value) {
        return field.equals(parentField) ? parents.getOrDefault(value, value) : value;
    }
}
