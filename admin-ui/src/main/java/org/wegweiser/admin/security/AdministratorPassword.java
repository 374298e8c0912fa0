package org.wegweiser.admin.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wegweiser.user.UserAccountService;

/**
 * No installation ships with a known password: on the first start the administrator account
 * gets a generated one, printed once. The demo issues a fresh one on every start, because
 * its user has no other way to learn it.
 */
@Component
@Order(10)
class AdministratorPassword implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorPassword.class);

    private final UserAccountService accounts;
    private final String username;
    private final boolean everyStart;
    private final String adminUrl;
    private final String kioskUrl;
    private final String initialPassword;
    private final org.springframework.beans.factory.ObjectProvider<org.wegweiser.admin.kiosk.DemoKiosk> demoKiosk;

    AdministratorPassword(UserAccountService accounts,
                          @Value("${wegweiser.admin.username:admin}") String username,
                          @Value("${wegweiser.admin.issue-password-on-every-start:false}") boolean everyStart,
                          @Value("${wegweiser.admin.url:http://localhost:8081/}") String adminUrl,
                          @Value("${wegweiser.kiosk.url:http://localhost:8080/kiosk}") String kioskUrl,
                          @Value("${wegweiser.admin.initial-password:}") String initialPassword,
                          org.springframework.beans.factory.ObjectProvider<org.wegweiser.admin.kiosk.DemoKiosk> demoKiosk) {
        this.demoKiosk = demoKiosk;
        this.accounts = accounts;
        this.username = username;
        this.everyStart = everyStart;
        this.adminUrl = adminUrl;
        this.kioskUrl = kioskUrl;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!everyStart && accounts.exists(username)) {
            log.info("Wegweiser admin is ready at {}", adminUrl);
            return;
        }
        if (!everyStart) {
            // A new installation: a one-time password, to be replaced at the first sign-in.
            boolean given = !initialPassword.isBlank();
            String password = accounts.createFirstAdministrator(username,
                    given ? java.util.Optional.of(initialPassword) : java.util.Optional.empty());
            if (given) {
                log.info("First administrator {} created with the password from WEGWEISER_ADMIN_INITIAL_PASSWORD; "
                        + "it must be changed at the first sign-in. Admin: {}", username, adminUrl);
            } else {
                print(username, password + "  (one-time: choose your own at the first sign-in)");
            }
            return;
        }
        print(username, accounts.issueAdministratorPassword(username));
    }

    private void print(String username, String password) {
        // The demo's kiosk is pre-paired: its link opens it in kiosk mode in any browser.
        var demo = demoKiosk.getIfAvailable();
        String kioskUrl = demo == null ? this.kioskUrl : demo.openLink();
        String banner = """

                ============================================================
                  Wegweiser is running.
                  Kiosk:  %s
                  Admin:  %s
                          user %s, password %s
                ============================================================
                """.formatted(kioskUrl, adminUrl, username, password);
        System.out.println(banner);
        System.out.flush();
    }
}
