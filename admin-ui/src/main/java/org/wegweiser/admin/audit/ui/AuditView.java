package org.wegweiser.admin.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.audit.AuditEntry;
import org.wegweiser.audit.AuditLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who did what, when: for administrators, filterable by person or action. */
@Route("audit")
@RolesAllowed("ADMIN")
class AuditView extends Main implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.audit.title")));
        var filter = new TextField(getTranslation("admin.audit.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        var grid = new Grid<AuditEntry>();
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(e -> formatter.format(e.happenedAt())).setHeader(getTranslation("admin.audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.entityType() == null ? "" : e.entityType() + " " + (e.entitySlug() == null ? "" : e.entitySlug()))
                .setHeader(getTranslation("admin.audit.what"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("admin.audit.detail"));
        grid.setItems(audit.search(null, 500));
        filter.addValueChangeListener(e -> grid.setItems(audit.search(e.getValue(), 500)));
        add(filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " – " + getTranslation("admin.app.name");
    }
}
