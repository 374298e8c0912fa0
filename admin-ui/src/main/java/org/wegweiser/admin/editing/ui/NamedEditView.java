package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.NamedDraft;

import java.util.Arrays;

/** The editor of one topic or document type. */
@Route("named/:kind/:key")
@RolesAllowed({"ADMIN", "EDITOR"})
class NamedEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentEditing editing;
    private String title = "";

    NamedEditView(ContentEditing editing) {
        this.editing = editing;
        addClassName("admin-page");
    }

    static String segment(NamedDraft.Kind kind) {
        return kind.entity.replace('_', '-');
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String segment = event.getRouteParameters().get("kind").orElse("");
        var kind = Arrays.stream(NamedDraft.Kind.values()).filter(k -> segment(k).equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No editor for " + segment));
        String key = event.getRouteParameters().get("key").orElseThrow();
        removeAll();
        var form = new NamedForm();
        var save = new SaveAction<>(this, form, NamedDraft.class, form);
        var opened = editing.named(kind, key);
        title = opened.name();
        save.opened(opened);
        var heading = new H1(title);
        var back = new RouterLink(getTranslation("admin.edit.named." + kind.entity + ".back"),
                kind == NamedDraft.Kind.TOPIC ? TopicsView.class : DocumentTypesView.class);
        add(back, heading, new EditorColumn(save, form, () -> save.save(
                edited -> editing.saveNamed(kind, save.opened(), edited), saved -> heading.setText(saved.name()))));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("admin.app.name");
    }
}
