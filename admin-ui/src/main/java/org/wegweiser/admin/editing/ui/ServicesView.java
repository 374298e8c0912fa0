package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;
import org.wegweiser.content.ServiceDraft;

import java.util.Map;
import java.util.stream.Collectors;

/** Every service of the draft, to filter, sort and open in its editor. */
@Route("services")
@RolesAllowed({"ADMIN", "EDITOR"})
class ServicesView extends Main implements HasDynamicTitle {

    ServicesView(ContentEditing editing) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.services.title")));
        EditChoices choices = editing.choices();
        Map<String, String> offices = EditChoices.names(choices.offices());
        Map<String, String> rooms = EditChoices.names(choices.rooms());
        var create = new Button(getTranslation("admin.edit.services.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(ServiceEditView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new EditorList<>(editing.services(), grid -> {
            grid.addColumn(ServiceDraft::title).setHeader(getTranslation("admin.edit.service.title"))
                    .setSortable(true).setFlexGrow(3);
            grid.addColumn(s -> offices.getOrDefault(s.office(), ""))
                    .setHeader(getTranslation("admin.edit.service.office")).setSortable(true).setFlexGrow(2);
            grid.addColumn(s -> s.rooms().stream().map(r -> rooms.getOrDefault(r, r)).collect(Collectors.joining("; ")))
                    .setHeader(getTranslation("admin.edit.service.rooms")).setSortable(true).setFlexGrow(3);
            grid.addColumn(s -> s.checklist().size()).setHeader(getTranslation("admin.edit.services.documents"))
                    .setSortable(true).setAutoWidth(true);
        }, s -> s.title() + " " + s.key() + " " + s.keywords() + " " + offices.getOrDefault(s.office(), ""),
                ServiceDraft::title, s -> getUI().ifPresent(ui -> ui.navigate(ServiceEditView.class, s.key())), create));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.services.title") + " – " + getTranslation("admin.app.name");
    }
}
