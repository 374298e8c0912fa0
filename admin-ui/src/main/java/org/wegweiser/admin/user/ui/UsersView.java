package org.wegweiser.admin.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.user.CurrentUser;
import org.wegweiser.user.Role;
import org.wegweiser.user.UserAccountService;
import org.wegweiser.user.UserSummary;

import java.util.EnumSet;
import java.util.stream.Collectors;

/** Staff accounts: create one with a one-time password, disable, reset a forgotten password. */
@Route("users")
@RolesAllowed("ADMIN")
class UsersView extends Main implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAccountService accounts, PublishedContent published) {
        this.accounts = accounts;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.users.title")));

        add(new H2(getTranslation("admin.users.new")));
        var username = new TextField(getTranslation("admin.users.username"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(100);
        var displayName = new TextField(getTranslation("admin.users.displayName"));
        var roles = new CheckboxGroup<Role>(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("admin.users.role." + role.name()));
        var languages = new CheckboxGroup<String>(getTranslation("admin.users.languages"));
        languages.setHelperText(getTranslation("admin.users.languagesHelp"));
        published.current().ifPresent(content -> {
            languages.setItems(content.languages().stream().map(l -> l.code())
                    .filter(code -> !code.equals(content.defaultLanguage())).toList());
            languages.setItemLabelGenerator(code -> content.language(code).map(l -> l.nativeName()).orElse(code));
        });
        var create = new Button(getTranslation("admin.users.create"), e -> {
            username.setInvalid(false);
            roles.setInvalid(false);
            if (roles.getValue().isEmpty()) {
                roles.setErrorMessage(getTranslation("admin.users.rolesRequired"));
                roles.setInvalid(true);
                return;
            }
            try {
                String password = accounts.create(username.getValue(), displayName.getValue(),
                        EnumSet.copyOf(roles.getValue()), languages.getValue(), CurrentUser.name());
                showPassword(username.getValue().strip(), password);
                username.clear();
                username.setInvalid(false); // an emptied required field is not an error here
                displayName.clear();
                roles.clear();
                languages.clear();
                refresh();
            } catch (IllegalStateException taken) {
                username.setErrorMessage(getTranslation("admin.users.taken"));
                username.setInvalid(true);
            } catch (IllegalArgumentException invalid) {
                username.setErrorMessage(getTranslation("admin.users.invalidName"));
                username.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(username, displayName, roles, languages, create));

        add(new H2(getTranslation("admin.users.list")));
        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.displayName"));
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("admin.users.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles"));
        grid.addColumn(u -> String.join(", ", u.languages())).setHeader(getTranslation("admin.users.languages"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.users.active" : "admin.users.disabled"))
                .setHeader(getTranslation("admin.users.state"));
        grid.addComponentColumn(u -> new Button(getTranslation(u.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> {
                    accounts.setEnabled(u.username(), !u.enabled(), CurrentUser.name());
                    refresh();
                })).setHeader(getTranslation("admin.posters.actions"));
        grid.addComponentColumn(u -> new Button(getTranslation("admin.users.reset"),
                e -> showPassword(u.username(), accounts.resetPassword(u.username(), CurrentUser.name()))));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** The one-time password, shown once; it must be changed at the first sign-in. */
    private void showPassword(String username, String password) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.passwordTitle", username));
        var secret = new Span(password);
        secret.addClassName("admin-one-time-password");
        dialog.add(new Paragraph(getTranslation("admin.users.passwordText")), secret);
        dialog.getFooter().add(new Button(getTranslation("admin.users.passwordDone"), e -> dialog.close()));
        dialog.open();
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " – " + getTranslation("admin.app.name");
    }

}
