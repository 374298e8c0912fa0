package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.SiteDraft;
import org.wegweiser.content.PlaceEditing;

/** One site's editor: name, address, opening hours; no key means a new one. */
@Route("sites/edit")
@RolesAllowed({"ADMIN", "EDITOR"})
class SiteEditView extends PlaceEditView<SiteDraft, SiteForm> {

    private final PlaceEditing places;

    SiteEditView(PlaceEditing places) {
        super("site", SiteDraft.class, SitesView.class);
        this.places = places;
    }

    @Override
    SiteForm form(boolean creating) {
        return new SiteForm(creating);
    }

    @Override
    SiteDraft opened(String key) {
        return places.site(key);
    }

    @Override
    SiteDraft blank() {
        return new SiteDraft("", 0, "", "", "", "", java.util.List.of());
    }

    @Override
    SiteDraft save(SiteDraft opened, SiteDraft edited) {
        return places.saveSite(opened, edited);
    }

    @Override
    SiteDraft create(SiteDraft created) {
        return places.createSite(created);
    }

    @Override
    String title(SiteDraft draft) {
        return draft.name();
    }

    @Override
    String key(SiteDraft draft) {
        return draft.key();
    }
}
