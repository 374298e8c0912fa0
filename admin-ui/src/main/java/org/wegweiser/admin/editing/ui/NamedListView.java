package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.NamedDraft;

/** The list of the topics or of the document types. */
abstract class NamedListView extends Main implements HasDynamicTitle {

    private final String title;

    NamedListView(ContentEditing editing, NamedDraft.Kind kind) {
        addClassName("admin-page");
        title = getTranslation("admin.edit.named." + kind.entity + ".title");
        add(new H1(title));
        add(new EditorList<>(editing.named(kind), grid -> {
            grid.addColumn(NamedDraft::name).setHeader(getTranslation("admin.edit.named.name")).setSortable(true)
                    .setFlexGrow(2);
            grid.addColumn(NamedDraft::description).setHeader(getTranslation("admin.edit.named.description"))
                    .setSortable(true).setFlexGrow(4);
            grid.addColumn(NamedDraft::pictogram).setHeader(getTranslation("admin.edit.named.pictogram"))
                    .setSortable(true).setAutoWidth(true);
        }, n -> n.name() + " " + n.key() + " " + n.description(), NamedDraft::name,
                n -> getUI().ifPresent(ui -> ui.navigate(NamedEditView.class, new RouteParameters(
                        java.util.Map.of("kind", NamedEditView.segment(kind), "key", n.key()))))));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("admin.app.name");
    }
}
