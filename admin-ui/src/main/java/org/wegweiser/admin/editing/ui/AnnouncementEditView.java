package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.AnnouncementDraft;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;

/** The editor of one announcement. */
@Route("announcements/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class AnnouncementEditView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ContentEditing editing;

    AnnouncementEditView(ContentEditing editing) {
        this.editing = editing;
        addClassName("admin-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        var form = new AnnouncementForm(EditChoices.names(editing.choices().sites()));
        var save = new SaveAction<>(this, form, AnnouncementDraft.class, form);
        save.opened(editing.announcement(key));
        add(new RouterLink(getTranslation("admin.edit.announcements.back"), AnnouncementsView.class),
                new H1(getPageTitle()), new EditorColumn(save, form,
                        () -> save.save(edited -> editing.saveAnnouncement(save.opened(), edited), saved -> { })));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.announcement.heading");
    }
}
