package org.wegweiser.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String ARGON2 = "argon2";

    /**
     * Argon2id for every new hash (OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane); the
     * prefix in each stored hash lets older bcrypt hashes still sign in, and the sign-in
     * replaces them with Argon2id (DaoAuthenticationProvider + UserAccountService.upgradePasswordHash).
     * Both encoders compare in constant time.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
