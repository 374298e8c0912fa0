package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.BuildingDraft;
import org.wegweiser.content.PlaceEditing;

/** One building's editor: name and site; no key means a new one. */
@Route("buildings/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class BuildingEditView extends PlaceEditView<BuildingDraft, BuildingForm> {

    private final PlaceEditing places;

    BuildingEditView(PlaceEditing places) {
        super("building", BuildingDraft.class, BuildingsView.class);
        this.places = places;
    }

    @Override
    BuildingForm form(boolean creating) {
        return new BuildingForm(PlaceNames.of(places).sites(), creating);
    }

    @Override
    BuildingDraft opened(String key) {
        return places.building(key);
    }

    @Override
    BuildingDraft blank() {
        return new BuildingDraft("", 0, "", "");
    }

    @Override
    BuildingDraft save(BuildingDraft opened, BuildingDraft edited) {
        return places.saveBuilding(opened, edited);
    }

    @Override
    BuildingDraft create(BuildingDraft created) {
        return places.createBuilding(created);
    }

    @Override
    String title(BuildingDraft draft) {
        return draft.name();
    }

    @Override
    String key(BuildingDraft draft) {
        return draft.key();
    }
}
