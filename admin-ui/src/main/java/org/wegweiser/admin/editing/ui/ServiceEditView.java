package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.wegweiser.admin.preview.ui.ServicePreview;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.ServiceDraft;

import java.util.List;

/** One service's editor, the form on the left and room for the live preview on the right; no key means a new one. */
@Route("services/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class ServiceEditView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ContentEditing editing;
    private final ObjectProvider<ServicePreview> previews;
    private final H1 heading = new H1();
    private String title = "";

    ServiceEditView(ContentEditing editing, ObjectProvider<ServicePreview> previews) {
        this.editing = editing;
        this.previews = previews;
        addClassName("admin-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String key) {
        removeAll();
        boolean creating = key == null;
        var form = new ServiceForm(editing.choices(), creating);
        var save = new SaveAction<>(this, form, ServiceDraft.class, form);
        Runnable onSave;
        if (creating) {
            title = getTranslation("admin.edit.services.new");
            save.opened(new ServiceDraft("", 0, "", "", "", "", "", "", "", List.of(), "", List.of(), List.of(),
                    false, "", ""));
            onSave = () -> save.save(editing::createService,
                    created -> getUI().ifPresent(ui -> ui.navigate(ServiceEditView.class, created.key())));
        } else {
            var opened = editing.service(key);
            title = opened.title();
            save.opened(opened);
            onSave = () -> save.save(edited -> editing.saveService(save.opened(), edited),
                    saved -> heading.setText(saved.title()));
        }
        heading.setText(title);
        var back = new RouterLink(getTranslation("admin.edit.services.back"), ServicesView.class);
        var column = new EditorColumn(save, form, onSave);
        // The live preview of the kiosk and phone page of what is typed (a new service has none until saved).
        var preview = new Div();
        preview.setId("service-preview-slot");
        preview.addClassName("admin-edit-preview");
        if (!creating) {
            var live = previews.getObject();
            preview.add(live);
            var draft = editing.draftForPreview();
            Runnable show = () -> live.show(ContentEditing.withUnsavedService(draft, key, form.asTyped()), key, null);
            show.run();
            form.onChange(show);
        }
        var columns = new Div(column, preview);
        columns.addClassName("admin-edit-columns");
        add(back, heading, columns);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("admin.app.name");
    }
}
