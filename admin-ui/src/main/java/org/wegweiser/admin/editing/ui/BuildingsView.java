package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.BuildingDraft;
import org.wegweiser.content.PlaceEditing;

/** Every building of the draft with its site, to filter, sort and open. */
@Route("buildings")
@RolesAllowed({"ADMIN", "EDITOR"})
class BuildingsView extends Main implements HasDynamicTitle {

    BuildingsView(PlaceEditing places) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.places.building.title")));
        var names = PlaceNames.of(places);
        add(new EditorList<>(places.buildings(), grid -> {
            grid.addColumn(BuildingDraft::name).setHeader(getTranslation("admin.edit.place.name")).setSortable(true)
                    .setFlexGrow(2);
            grid.addColumn(b -> PlaceNames.of(names.sites(), b.site())).setHeader(getTranslation("admin.edit.place.site"))
                    .setSortable(true).setFlexGrow(2);
        }, b -> b.name() + " " + b.key() + " " + PlaceNames.of(names.sites(), b.site()), BuildingDraft::name,
                b -> getUI().ifPresent(ui -> ui.navigate(BuildingEditView.class, b.key())),
                PlaceForms.newButton(this, "building", BuildingEditView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.places.building.title") + " – " + getTranslation("admin.app.name");
    }
}
