package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.NamedDraft;

/** The tiles of the kiosk's home screen. */
@Route("topics")
@RolesAllowed({"ADMIN", "EDITOR"})
class TopicsView extends NamedListView {

    TopicsView(ContentEditing editing) {
        super(editing, NamedDraft.Kind.TOPIC);
    }
}
