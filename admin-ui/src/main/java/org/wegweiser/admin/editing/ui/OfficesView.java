package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;
import org.wegweiser.content.OfficeDraft;

import java.util.stream.Collectors;

/** Every office of the draft with its rooms and contact, to filter, sort and open. */
@Route("offices")
@RolesAllowed({"ADMIN", "EDITOR"})
class OfficesView extends Main implements HasDynamicTitle {

    OfficesView(ContentEditing editing) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.offices.title")));
        var rooms = EditChoices.names(editing.choices().rooms());
        add(new EditorList<>(editing.offices(), grid -> {
            grid.addColumn(OfficeDraft::name).setHeader(getTranslation("admin.edit.office.name")).setSortable(true)
                    .setFlexGrow(3);
            grid.addColumn(o -> o.rooms().stream().map(r -> rooms.getOrDefault(r, r)).collect(Collectors.joining("; ")))
                    .setHeader(getTranslation("admin.edit.office.rooms")).setSortable(true).setFlexGrow(3);
            grid.addColumn(OfficeDraft::phone).setHeader(getTranslation("admin.edit.office.phone")).setSortable(true)
                    .setFlexGrow(1);
            grid.addColumn(o -> o.exceptions().size()).setHeader(getTranslation("admin.edit.office.exceptionCount"))
                    .setSortable(true).setAutoWidth(true);
        }, o -> o.name() + " " + o.key() + " " + o.phone() + " " + o.email(), OfficeDraft::name,
                o -> getUI().ifPresent(ui -> ui.navigate(OfficeEditView.class, o.key()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.offices.title") + " – " + getTranslation("admin.app.name");
    }
}
