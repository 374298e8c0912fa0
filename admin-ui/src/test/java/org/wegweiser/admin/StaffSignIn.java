package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A new staff member signs in for the first time (German UI) and chooses their own password. */
final class StaffSignIn {

    private StaffSignIn() {
    }

    static Page asNewUser(Page page, String baseUrl, UserAccountService accounts, String name, Role role,
                          Set<String> languages) {
        String oneTime = SystemActor.call(() -> accounts.create(name, name, Set.of(role), languages, "admin"));
        page.navigate(baseUrl + "/login");
        page.getByLabel("Benutzername").fill(name);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(oneTime);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        String own = "Ein langer Satz als Passwort";
        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill(own);
        page.getByLabel("Neues Passwort wiederholen").fill(own);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        return page;
    }
}
