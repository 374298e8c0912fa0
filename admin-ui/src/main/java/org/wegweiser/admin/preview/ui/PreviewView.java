package org.wegweiser.admin.preview.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageService;

import java.util.List;

/** A draft service as the kiosk and the phone would show it once published, in any offered language. */
@Route("preview")
@RolesAllowed({"ADMIN", "EDITOR"})
class PreviewView extends Main implements HasDynamicTitle {

    PreviewView(ContentPackageService packages, ServicePreview preview) {
        addClassNames("admin-page", "admin-preview-page");
        add(new H1(getTranslation("admin.preview.title")));
        var hint = new Paragraph(getTranslation("admin.preview.hint"));
        hint.addClassName("admin-hint");
        add(hint);
        var service = new ComboBox<ContentPackage.Service>(getTranslation("admin.preview.service"));
        service.addClassName("admin-preview-service");
        service.setWidth("24rem");
        if (packages.hasContent()) {
            var draft = packages.draft();
            String language = getLocale() == null ? null : getLocale().getLanguage();
            List<String> fallbacks = List.of(language == null ? draft.organisation().defaultLanguage() : language,
                    draft.organisation().defaultLanguage());
            service.setItems(draft.services());
            service.setItemLabelGenerator(s -> s.title().in(fallbacks));
            service.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    // The draft as it is now: another editor may have saved since this page opened.
                    preview.show(packages.draft(), e.getValue().key(), null);
                }
            });
        } else {
            service.setEnabled(false);
            service.setHelperText(getTranslation("admin.preview.noContent"));
        }
        add(service, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.preview.title");
    }
}
