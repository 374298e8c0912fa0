package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.AnnouncementDraft;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;

import java.util.stream.Collectors;

/** The banners of the kiosks with their validity windows. */
@Route("announcements")
@RolesAllowed({"ADMIN", "EDITOR"})
class AnnouncementsView extends Main implements HasDynamicTitle {

    AnnouncementsView(ContentEditing editing) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.announcements.title")));
        var sites = EditChoices.names(editing.choices().sites());
        add(new EditorList<>(editing.announcements(), grid -> {
            grid.addColumn(AnnouncementDraft::text).setHeader(getTranslation("admin.edit.announcement.text"))
                    .setSortable(true).setFlexGrow(4);
            grid.addColumn(a -> a.validFrom().replace('T', ' '))
                    .setHeader(getTranslation("admin.edit.announcement.validFrom")).setSortable(true).setAutoWidth(true);
            grid.addColumn(a -> a.validUntil().replace('T', ' '))
                    .setHeader(getTranslation("admin.edit.announcement.validUntil")).setSortable(true).setAutoWidth(true);
            grid.addColumn(a -> a.sites().isEmpty() ? getTranslation("admin.edit.announcement.everywhere")
                    : a.sites().stream().map(s -> sites.getOrDefault(s, s)).collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("admin.edit.announcement.sites")).setSortable(true).setFlexGrow(2);
        }, a -> a.text() + " " + a.key(), a -> a.key(),
                a -> getUI().ifPresent(ui -> ui.navigate(AnnouncementEditView.class, a.key()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.announcements.title") + " – " + getTranslation("admin.app.name");
    }
}
