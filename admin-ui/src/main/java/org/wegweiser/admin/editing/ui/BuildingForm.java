package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.BuildingDraft;
import org.wegweiser.content.ServiceDraft;

import java.util.Map;

/** A building: its name and the site it belongs to. */
class BuildingForm extends Composite<FormLayout> implements SaveAction.Form<BuildingDraft>, SaveAction.Labels {

    private final FormFields<BuildingDraft> fields = new FormFields<>(this, this::field);
    private final Map<String, String> sites;
    private final TextField key = new TextField();
    private final ComboBox<String> site = new ComboBox<>();
    private final TextField name = new TextField();
    private BuildingDraft read;

    BuildingForm(Map<String, String> sites, boolean creating) {
        this.sites = sites;
        PlaceForms.key(fields, key, creating, BuildingDraft::key);
        PlaceForms.parent(fields, site, "site", sites, creating, BuildingDraft::site);
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(BuildingDraft::name, (d, v) -> { });
        PlaceForms.layout(getContent(), fields);
    }

    @Override
    public void read(BuildingDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
    }

    @Override
    public BuildingDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new BuildingDraft(key.getValue().strip(), read.version(), site.getValue(), name.getValue());
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return PlaceForms.label(this, field);
    }

    @Override
    public String value(String field, String value) {
        return field.equals("site") ? sites.getOrDefault(value, value) : value;
    }
}
