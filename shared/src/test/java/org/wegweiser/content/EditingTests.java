package org.wegweiser.content;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wegweiser.user.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the editing services' tests share: someone signed in, and every text's translation status. */
final class EditingTests {

    private EditingTests() {
    }

    /** Every stored text's status; a text without a state is reviewed. */
    static Map<String, TranslationStatus> statuses(ContentPackage content) {
        var result = new HashMap<String, TranslationStatus>();
        for (TextField field : ContentTexts.of(content)) {
            field.text().texts().keySet().forEach(l -> result.put(
                    field.entity() + "|" + field.key() + "|" + field.field() + "|" + l, TranslationStatus.REVIEWED));
        }
        content.translationStates().forEach(s -> result.put(s.entity() + "|" + s.key() + "|" + s.field() + "|"
                + s.language(), TranslationStatus.valueOf(s.status())));
        return result;
    }

    static void signIn(String name, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }
}
