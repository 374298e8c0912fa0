package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.FloorDraft;
import org.wegweiser.content.PlaceEditing;

/** One floor's editor: name, building, level and the uploaded plan; no key means a new one. */
@Route("floors/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class FloorEditView extends PlaceEditView<FloorDraft, FloorForm> {

    private final PlaceEditing places;

    FloorEditView(PlaceEditing places) {
        super("floor", FloorDraft.class, FloorsView.class);
        this.places = places;
    }

    @Override
    FloorForm form(boolean creating) {
        return new FloorForm(places, PlaceNames.of(places).buildings(), creating);
    }

    @Override
    FloorDraft opened(String key) {
        return places.floor(key);
    }

    @Override
    FloorDraft blank() {
        return new FloorDraft("", 0, "", "", 0, "");
    }

    @Override
    FloorDraft save(FloorDraft opened, FloorDraft edited) {
        return places.saveFloor(opened, edited);
    }

    @Override
    FloorDraft create(FloorDraft created) {
        return places.createFloor(created);
    }

    @Override
    String title(FloorDraft draft) {
        return draft.name();
    }

    @Override
    String key(FloorDraft draft) {
        return draft.key();
    }
}
