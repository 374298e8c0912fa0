package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.BuildingDraft;
import org.wegweiser.content.ServiceDraft;

import java.util.Map;

/** A building: its name and the site it belongs to. */
class BuildingForm extends PlaceForm<BuildingDraft> {

    private final TextField key = new TextField();
    private final ComboBox<String> site = new ComboBox<>();
    private final TextField name = new TextField();
    private BuildingDraft read;

    BuildingForm(Map<String, String> sites, boolean creating) {
        super("site", sites);
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
}
