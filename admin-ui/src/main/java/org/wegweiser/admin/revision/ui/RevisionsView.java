package org.wegweiser.admin.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.publishing.Revision;
import org.wegweiser.publishing.TextChange;
import org.wegweiser.user.CurrentUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Every publication: what changed against the one before, and bringing an earlier one back as the draft. */
@Route("revisions")
@RolesAllowed({"ADMIN", "EDITOR"})
class RevisionsView extends Main implements HasDynamicTitle {

    private final PublishingService publishing;
    private final Grid<Revision> grid = new Grid<>();
    private final Div changes = new Div();

    RevisionsView(PublishingService publishing) {
        this.publishing = publishing;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.revisions.title")));
        add(new com.vaadin.flow.router.RouterLink(getTranslation("admin.history.link"), EntityHistoryView.class));
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(Revision::number).setHeader(getTranslation("admin.revisions.number")).setAutoWidth(true);
        grid.addColumn(r -> formatter.format(r.publishedAt())).setHeader(getTranslation("admin.revisions.when"));
        grid.addColumn(Revision::publishedBy).setHeader(getTranslation("admin.revisions.who"));
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("admin.revisions.note"));
        grid.addComponentColumn(r -> new Button(getTranslation("admin.revisions.compare"), e -> compare(r)))
                .setHeader(getTranslation("admin.posters.actions"));
        grid.addComponentColumn(r -> new Button(getTranslation("admin.revisions.restore"), e -> confirmRestore(r)));
        grid.setAllRowsVisible(true);
        grid.setItems(publishing.revisions());
        changes.addClassName("admin-revision-changes");
        add(grid, changes);
    }

    private void compare(Revision revision) {
        changes.removeAll();
        if (revision.number() <= 1) {
            changes.add(new Paragraph(getTranslation("admin.revisions.first")));
            return;
        }
        var list = publishing.compare(revision.number() - 1, revision.number());
        changes.add(new H2(getTranslation("admin.revisions.changes", revision.number() - 1, revision.number(), list.size())));
        var table = new Grid<TextChange>();
        table.addColumn(TextChange::where).setHeader(getTranslation("admin.revisions.where")).setAutoWidth(true);
        table.addColumn(TextChange::language).setHeader(getTranslation("admin.revisions.language")).setAutoWidth(true);
        table.addColumn(c -> c.before() == null ? "—" : c.before()).setHeader(getTranslation("admin.revisions.before"));
        table.addColumn(c -> c.after() == null ? "—" : c.after()).setHeader(getTranslation("admin.revisions.after"));
        table.setItems(list);
        table.setAllRowsVisible(true);
        changes.add(table);
    }

    private void confirmRestore(Revision revision) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.revisions.restoreTitle", revision.number()));
        dialog.setText(getTranslation("admin.revisions.restoreText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.posters.cancel"));
        dialog.setConfirmText(getTranslation("admin.revisions.restore"));
        dialog.addConfirmListener(e -> {
            publishing.restoreAsDraft(revision.number(), CurrentUser.name());
            Notification.show(getTranslation("admin.revisions.restored", revision.number()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.revisions.title") + " – " + getTranslation("admin.app.name");
    }

}
