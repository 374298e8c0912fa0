package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.content.SiteDraft;

/** Every site of the draft with its address, to filter, sort and open. */
@Route("sites")
@RolesAllowed({"ADMIN", "EDITOR"})
class SitesView extends Main implements HasDynamicTitle {

    SitesView(PlaceEditing places) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.places.site.title")));
        add(new EditorList<>(places.sites(), grid -> {
            grid.addColumn(SiteDraft::name).setHeader(getTranslation("admin.edit.place.name")).setSortable(true)
                    .setFlexGrow(2);
            grid.addColumn(SitesView::address).setHeader(getTranslation("admin.edit.place.address")).setSortable(true)
                    .setFlexGrow(3);
        }, s -> s.name() + " " + s.key() + " " + address(s), SiteDraft::name,
                s -> getUI().ifPresent(ui -> ui.navigate(SiteEditView.class, s.key())),
                PlaceForms.newButton(this, "site", SiteEditView.class)));
    }

    private static String address(SiteDraft s) {
        return String.join(", ", java.util.stream.Stream.of(s.street(), (s.postalCode() + " " + s.city()).strip())
                .filter(p -> !p.isBlank()).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.places.site.title") + " – " + getTranslation("admin.app.name");
    }
}
