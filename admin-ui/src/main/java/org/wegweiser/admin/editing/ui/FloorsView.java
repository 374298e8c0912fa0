package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.FloorDraft;
import org.wegweiser.content.PlaceEditing;

/** Every floor of the draft with its building, level and whether it has a plan, to filter, sort and open. */
@Route("floors")
@RolesAllowed({"ADMIN", "EDITOR"})
class FloorsView extends Main implements HasDynamicTitle {

    FloorsView(PlaceEditing places) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.places.floor.title")));
        var names = PlaceNames.of(places);
        add(new EditorList<>(places.floors(), grid -> {
            grid.addColumn(FloorDraft::name).setHeader(getTranslation("admin.edit.place.name")).setSortable(true)
                    .setFlexGrow(2);
            grid.addColumn(f -> PlaceNames.of(names.buildings(), f.building()))
                    .setHeader(getTranslation("admin.edit.place.building")).setSortable(true).setFlexGrow(3);
            grid.addColumn(FloorDraft::level).setHeader(getTranslation("admin.edit.place.level")).setSortable(true)
                    .setAutoWidth(true);
            grid.addColumn(f -> getTranslation(f.planImage().isBlank() ? "admin.edit.place.no" : "admin.edit.place.yes"))
                    .setHeader(getTranslation("admin.edit.place.planImage")).setSortable(true).setAutoWidth(true);
        }, f -> f.name() + " " + f.key() + " " + PlaceNames.of(names.buildings(), f.building()), FloorDraft::name,
                f -> getUI().ifPresent(ui -> ui.navigate(FloorEditView.class, f.key())),
                PlaceForms.newButton(this, "floor", FloorEditView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.places.floor.title") + " – " + getTranslation("admin.app.name");
    }
}
