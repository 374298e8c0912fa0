package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.OfficeDraft;

/** One office's editor: contact, rooms, weekly hours and exceptions. */
@Route("offices/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class OfficeEditView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ContentEditing editing;
    private String title = "";

    OfficeEditView(ContentEditing editing) {
        this.editing = editing;
        addClassName("admin-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        var form = new OfficeForm(editing.choices());
        var save = new SaveAction<>(this, form, OfficeDraft.class, form);
        var opened = editing.office(key);
        title = opened.name();
        save.opened(opened);
        var heading = new H1(title);
        add(new RouterLink(getTranslation("admin.edit.offices.back"), OfficesView.class), heading,
                new EditorColumn(save, form, () -> save.save(edited -> editing.saveOffice(save.opened(), edited),
                        saved -> heading.setText(saved.name()))));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("admin.app.name");
    }
}
