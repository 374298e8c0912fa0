package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.RoomDraft;
import org.wegweiser.content.PlaceEditing;

/** One room's editor: number, name, floor, step-free and where it is on the plan; no key means a new one. */
@Route("rooms/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class RoomEditView extends PlaceEditView<RoomDraft, RoomForm> {

    private final PlaceEditing places;

    RoomEditView(PlaceEditing places) {
        super("room", RoomDraft.class, RoomsView.class);
        this.places = places;
    }

    @Override
    RoomForm form(boolean creating) {
        return roomForm(creating);
    }

    @Override
    RoomDraft opened(String key) {
        return places.room(key);
    }

    @Override
    RoomDraft blank() {
        return new RoomDraft("", 0, "", "", "", null, null, false);
    }

    @Override
    RoomDraft save(RoomDraft opened, RoomDraft edited) {
        return places.saveRoom(opened, edited);
    }

    @Override
    RoomDraft create(RoomDraft created) {
        return places.createRoom(created);
    }

    @Override
    String title(RoomDraft draft) {
        return (draft.number() + " " + draft.name()).strip();
    }

    private RoomForm roomForm(boolean creating) {
        var names = PlaceNames.of(places);
        return new RoomForm(places, names.floorsByKey(), names.floors(), creating);
    }

    @Override
    void delete(String key) {
        places.deleteRoom(key);
    }

    @Override
    boolean deletable() {
        return true;
    }

    @Override
    String key(RoomDraft draft) {
        return draft.key();
    }
}
