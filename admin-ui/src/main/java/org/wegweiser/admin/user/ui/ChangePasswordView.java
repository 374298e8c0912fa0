package org.wegweiser.admin.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.wegweiser.user.CurrentUser;
import org.wegweiser.user.UserAccountService;

/** Choosing one's own password; required after signing in with a one-time password. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(UserAccountService accounts) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.password.title")));
        add(new Paragraph(getTranslation("admin.password.rules")));
        var password = new PasswordField(getTranslation("admin.password.new"));
        var repeat = new PasswordField(getTranslation("admin.password.repeat"));
        var save = new Button(getTranslation("admin.password.save"), e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("admin.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            accounts.changeOwnPassword(CurrentUser.name(), password.getValue()).ifPresentOrElse(problem -> {
                password.setErrorMessage(getTranslation("admin." + problem));
                password.setInvalid(true);
            }, () -> getUI().ifPresent(ui -> ui.navigate("")));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(password, repeat, save));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.password.title") + " – " + getTranslation("admin.app.name");
    }
}
