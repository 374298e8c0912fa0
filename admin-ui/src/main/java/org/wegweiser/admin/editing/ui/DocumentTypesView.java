package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.NamedDraft;

/** The documents services' checklists are made of. */
@Route("document-types")
@RolesAllowed({"ADMIN", "EDITOR"})
class DocumentTypesView extends NamedListView {

    DocumentTypesView(ContentEditing editing) {
        super(editing, NamedDraft.Kind.DOCUMENT_TYPE);
    }
}
