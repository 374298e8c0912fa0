package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;

/** The kiosk's frame for a draft preview: its look, without navigation, idle reset or lockdown. */
class KioskPreviewLayout extends Div implements RouterLayout {

    private final Div page = new Div();

    KioskPreviewLayout() {
        addClassNames("kiosk", "kiosk-preview");
        page.addClassName("kiosk-content");
        add(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }
}
