package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.OrganisationEditing;

/** The organisation settings, for administrators. Visitors see them after the next publication. */
@Route("organisation")
@RolesAllowed("ADMIN")
class OrganisationSettingsView extends Main implements HasDynamicTitle {

    OrganisationSettingsView(OrganisationEditing editing, ContentAssets assets) {
        addClassName("admin-page");
        var form = new OrganisationForm(assets, editing::uploadLogo);
        var save = new SaveAction<>(this, form, org.wegweiser.content.OrganisationDraft.class, form);
        save.opened(editing.settings());
        var intro = new Paragraph(getTranslation("admin.organisation.intro"));
        add(new H1(getTranslation("admin.organisation.title")), intro,
                new EditorColumn(save, form, () -> save.save(edited -> editing.save(save.opened(), edited), saved -> { })));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisation.title") + " – " + getTranslation("admin.app.name");
    }
}
