package org.wegweiser.admin.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.wegweiser.admin.user.ui.ChangePasswordView;
import org.wegweiser.user.LoginAccount;
import org.wegweiser.user.UserAccountService;

/** The frame of every staff page: the menu and who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final AuthenticationContext auth;
    private final UserAccountService accounts;

    public MainLayout(AuthenticationContext auth, UserAccountService accounts) {
        this.auth = auth;
        this.accounts = accounts;
        var title = new Span(getTranslation("admin.app.name"));
        title.addClassName("admin-title");
        var user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("admin-user");
        var logout = new Button(getTranslation("admin.logout"), e -> auth.logout());
        addToNavbar(new DrawerToggle(), title, user, logout);

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("admin.dashboard.title"), ""));
        nav.addItem(new SideNavItem(getTranslation("admin.edit.services.title"), "services"));
        nav.addItem(new SideNavItem(getTranslation("admin.edit.offices.title"), "offices"));
        nav.addItem(new SideNavItem(getTranslation("admin.edit.named.topic.title"), "topics"));
        nav.addItem(new SideNavItem(getTranslation("admin.edit.named.document_type.title"), "document-types"));
        nav.addItem(new SideNavItem(getTranslation("admin.edit.announcements.title"), "announcements"));
        nav.addItem(new SideNavItem(getTranslation("admin.posters.title"), "posters"));
        nav.addItem(new SideNavItem(getTranslation("admin.revisions.title"), "revisions"));
        nav.addItem(new SideNavItem(getTranslation("admin.package.title"), "content-package"));
        nav.addItem(new SideNavItem(getTranslation("admin.translations.title"), "translations"));
        if (auth.hasAnyRole("ADMIN", "EDITOR")) {
            nav.addItem(new SideNavItem(getTranslation("admin.preview.title"), "preview"));
            nav.addItem(new SideNavItem(getTranslation("admin.edit.places.site.title"), "sites"));
            nav.addItem(new SideNavItem(getTranslation("admin.edit.places.building.title"), "buildings"));
            nav.addItem(new SideNavItem(getTranslation("admin.edit.places.floor.title"), "floors"));
            nav.addItem(new SideNavItem(getTranslation("admin.edit.places.room.title"), "rooms"));
        }
        if (auth.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("admin.organisation.title"), "organisation"));
            nav.addItem(new SideNavItem(getTranslation("admin.kiosks.title"), "kiosks"));
            nav.addItem(new SideNavItem(getTranslation("admin.users.title"), "users"));
            nav.addItem(new SideNavItem(getTranslation("admin.audit.title"), "audit"));
        }
        addToDrawer(nav);
    }

    /** Someone who signed in with a one-time password chooses their own before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && auth.getPrincipalName()
                .flatMap(accounts::loginAccount).map(LoginAccount::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
