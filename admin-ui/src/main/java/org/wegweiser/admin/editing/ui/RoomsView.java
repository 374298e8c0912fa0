package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.content.RoomDraft;

/** Every room of the draft with its floor, whether it is step-free and placed on the plan, to filter, sort and open. */
@Route("rooms")
@RolesAllowed({"ADMIN", "EDITOR"})
class RoomsView extends Main implements HasDynamicTitle {

    RoomsView(PlaceEditing places) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.places.room.title")));
        var names = PlaceNames.of(places);
        add(new EditorList<>(places.rooms(), grid -> {
            grid.addColumn(RoomDraft::number).setHeader(getTranslation("admin.edit.place.number")).setSortable(true)
                    .setAutoWidth(true);
            grid.addColumn(RoomDraft::name).setHeader(getTranslation("admin.edit.place.name")).setSortable(true)
                    .setFlexGrow(2);
            grid.addColumn(r -> PlaceNames.of(names.floors(), r.floor()))
                    .setHeader(getTranslation("admin.edit.place.floor")).setSortable(true).setFlexGrow(3);
            grid.addColumn(r -> yesNo(r.stepFree())).setHeader(getTranslation("admin.edit.place.stepFree.short"))
                    .setSortable(true).setAutoWidth(true);
            grid.addColumn(r -> yesNo(r.x() != null)).setHeader(getTranslation("admin.edit.place.placed"))
                    .setSortable(true).setAutoWidth(true);
        }, r -> r.number() + " " + r.name() + " " + r.key() + " " + PlaceNames.of(names.floors(), r.floor()),
                r -> r.number() + " " + r.name(),
                r -> getUI().ifPresent(ui -> ui.navigate(RoomEditView.class, r.key())),
                PlaceForms.newButton(this, "room", RoomEditView.class)));
    }

    private String yesNo(boolean yes) {
        return getTranslation(yes ? "admin.edit.place.yes" : "admin.edit.place.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.places.room.title") + " – " + getTranslation("admin.app.name");
    }
}
