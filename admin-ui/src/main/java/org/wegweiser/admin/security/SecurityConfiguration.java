package org.wegweiser.admin.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.wegweiser.admin.security.ui.LoginView;
import org.wegweiser.user.UserAccountService;

/** Every admin page needs a login, and every secured service method checks the role itself; only the health check (for compose and monitoring) and the login's stylesheet are open. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The login page's own stylesheet and the error page must load before anyone is signed in.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health", "/admin.css", "/error").permitAll());
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
}
