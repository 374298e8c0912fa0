package org.wegweiser.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void length_counts_not_composition() {
        assertThat(PasswordPolicy.problem("anna", "kurz")).hasValue("password.tooShort");
        assertThat(PasswordPolicy.problem("anna", "14 characters!")).hasValue("password.tooShort");
        assertThat(PasswordPolicy.problem("anna", "der rhein fliesst")).isEmpty();
        assertThat(PasswordPolicy.problem("anna", "ÄÖÜäöüß ÄÖÜäöüß")).as("15 letters, no digit, no symbol").isEmpty();
        assertThat(PasswordPolicy.problem("anna", "a".repeat(64) + " and a longer passphrase")).isEmpty();
        assertThat(PasswordPolicy.problem("anna", "x".repeat(129))).hasValue("password.tooLong");
    }

    @Test
    void the_ten_thousand_most_common_passwords_and_the_user_name_are_refused() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(PasswordPolicy.isCommon("Password")).isTrue();
        assertThat(PasswordPolicy.isCommon("MailCreated5240")).isTrue();
        assertThat(PasswordPolicy.problem("anna", "mailcreated5240")).hasValue("password.tooCommon");
        assertThat(PasswordPolicy.problem("anna", "passwortpasswort")).hasValue("password.tooCommon");
        assertThat(PasswordPolicy.problem("anna.schmidt", "Anna.Schmidt-2026-Rathaus")).hasValue("password.tooCommon");
    }
}
