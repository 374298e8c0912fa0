package org.wegweiser.admin.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentPackageException;
import org.wegweiser.publishing.ContentKind;
import org.wegweiser.publishing.EntityHistory;
import org.wegweiser.publishing.EntityVersion;
import org.wegweiser.publishing.FieldChange;
import org.wegweiser.user.CurrentUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The history of one service, office, topic…: which fields changed in which publication, by
 * whom, and an earlier version back as the draft. Editors link here with {@code ?kind=services&key=…}.
 */
@Route("history")
@RolesAllowed({"ADMIN", "EDITOR"})
class EntityHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EntityHistory history;
    private final Select<ContentKind> kind = new Select<>();
    private final ComboBox<String> entry = new ComboBox<>();
    private final Div versions = new Div();
    private Map<String, String> names = Map.of();

    EntityHistoryView(EntityHistory history) {
        this.history = history;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.history.title")));
        kind.setLabel(getTranslation("admin.history.kind"));
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.history.kind." + k.list()));
        kind.addClassName("admin-history-kind");
        entry.setLabel(getTranslation("admin.history.entry"));
        entry.setItemLabelGenerator(key -> names.getOrDefault(key, key));
        entry.setWidth("24rem");
        entry.addClassName("admin-history-entry");
        kind.addValueChangeListener(e -> {
            names = e.getValue() == null ? Map.of() : history.entries(e.getValue());
            entry.setItems(names.keySet());
            if (e.isFromClient()) {
                entry.clear();
            }
        });
        entry.addValueChangeListener(e -> show());
        add(new FlexLayout(kind, entry));
        versions.addClassName("admin-history");
        add(versions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var chosen = parameters.getSingleParameter("kind").flatMap(list -> java.util.Arrays.stream(ContentKind.values())
                .filter(k -> k.list().equals(list)).findFirst()).orElse(ContentKind.SERVICES);
        kind.setValue(chosen);
        parameters.getSingleParameter("key").filter(names::containsKey).ifPresent(entry::setValue);
    }

    private void show() {
        versions.removeAll();
        if (kind.getValue() == null || entry.getValue() == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("history", QueryParameters.simple(
                        Map.of("kind", kind.getValue().list(), "key", entry.getValue())))));
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var list = history.history(kind.getValue(), entry.getValue());
        if (list.isEmpty()) {
            versions.add(new Paragraph(getTranslation("admin.history.none")));
        }
        for (EntityVersion version : list) {
            var section = new Section();
            section.addClassName("admin-history-version");
            String heading = version.isDraft() ? getTranslation("admin.history.draft")
                    : getTranslation("admin.history.revision", version.revision(),
                    formatter.format(version.publishedAt()), version.publishedBy());
            section.add(new H2(heading));
            if (!version.present()) {
                section.add(new Paragraph(getTranslation("admin.history.removed")));
            } else {
                var changes = new Grid<FieldChange>();
                changes.addColumn(FieldChange::field).setHeader(getTranslation("admin.history.field")).setAutoWidth(true);
                changes.addColumn(c -> c.before() == null ? "—" : c.before())
                        .setHeader(getTranslation("admin.revisions.before"));
                changes.addColumn(c -> c.after() == null ? "—" : c.after())
                        .setHeader(getTranslation("admin.revisions.after"));
                changes.setItems(version.changes());
                changes.setAllRowsVisible(true);
                section.add(changes);
                if (!version.isDraft()) {
                    section.add(new Button(getTranslation("admin.history.restore", version.revision()),
                            e -> confirmRestore(version.revision())));
                }
            }
            versions.add(section);
        }
    }

    private void confirmRestore(int revision) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.history.restoreTitle", names.getOrDefault(entry.getValue(),
                entry.getValue()), revision));
        dialog.setText(getTranslation("admin.history.restoreText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.posters.cancel"));
        dialog.setConfirmText(getTranslation("admin.revisions.restore"));
        dialog.addConfirmListener(e -> {
            try {
                history.restoreAsDraft(kind.getValue(), entry.getValue(), revision, CurrentUser.name());
                Notification.show(getTranslation("admin.history.restored", revision), 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (ContentPackageException refused) {
                versions.addComponentAsFirst(problems(refused));
            }
        });
        dialog.open();
    }

    private Div problems(ContentPackageException refused) {
        var box = new Div(new Paragraph(getTranslation("admin.history.refused", refused.problems().size())));
        var list = new UnorderedList();
        refused.problems().stream().limit(20).forEach(p -> list.add(new ListItem(p.toString())));
        box.add(list);
        box.getElement().setAttribute("role", "alert");
        box.addClassName("admin-history-refused");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.history.title") + " – " + getTranslation("admin.app.name");
    }
}
