package org.wegweiser.admin.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every staff page: the menu and who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        var title = new Span(getTranslation("admin.app.name"));
        title.addClassName("admin-title");
        var user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("admin-user");
        var logout = new Button(getTranslation("admin.logout"), e -> auth.logout());
        addToNavbar(new DrawerToggle(), title, user, logout);

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("admin.dashboard.title"), ""));
        nav.addItem(new SideNavItem(getTranslation("admin.posters.title"), "posters"));
        nav.addItem(new SideNavItem(getTranslation("admin.revisions.title"), "revisions"));
        nav.addItem(new SideNavItem(getTranslation("admin.package.title"), "content-package"));
        if (auth.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("admin.audit.title"), "audit"));
        }
        addToDrawer(nav);
    }
}
