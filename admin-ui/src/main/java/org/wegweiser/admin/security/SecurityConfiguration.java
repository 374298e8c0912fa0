package org.wegweiser.admin.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.wegweiser.admin.security.ui.LoginView;
import org.wegweiser.user.UserAccountService;
import org.wegweiser.web.SecurityHeaders;

/**
 * Every admin page needs a login, and every secured service method checks the role itself; only
 * the health check (for compose and monitoring) and the login's stylesheet are open. Sign-ins go
 * through {@link ThrottledSignIn}; the session id changes at sign-in (Spring Security's default
 * fixation protection) and the session ends at sign-out. See docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * One security-context strategy for every application context in this JVM: Vaadin installs its
     * strategy globally in {@code SecurityContextHolder} per context, so with a second context (a
     * test with other settings) the first one's method security looked in another strategy and
     * found no sign-in (vaadin/flow#25507). Vaadin's own bean steps back for this one.
     */
    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return STRATEGY;
    }

    /** CSP, nosniff, referrer, framing and HSTS on every response, before Vaadin or Spring Security answer. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @org.springframework.beans.factory.annotation.Value("${wegweiser.kiosk-ui.url}") String kioskUi) {
        // the live preview frames kiosk-ui's draft pages
        String policy = SecurityHeaders.framing(SecurityHeaders.VAADIN_PAGES, SecurityHeaders.origin(kioskUi));
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(request -> policy));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        // The login page's own stylesheet and the error page must load before anyone is signed in.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health", "/admin.css", "/error").permitAll());
        http.logout(logout -> logout.invalidateHttpSession(true).deleteCookies(sessionCookie));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccountService accounts) {
        return username -> accounts.loginAccount(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .disabled(!account.enabled())
                        .authorities(account.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The password check (constant time, dummy hash for unknown names), behind the throttle; old hashes are upgraded at sign-in. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                  UserAccountService accounts, LoginThrottle throttle) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        UserDetailsPasswordService upgrade = (user, newHash) -> {
            accounts.upgradePasswordHash(user.getUsername(), newHash);
            return User.withUserDetails(user).password(newHash).build();
        };
        passwordCheck.setUserDetailsPasswordService(upgrade);
        return new ThrottledSignIn(passwordCheck, throttle);
    }
}
