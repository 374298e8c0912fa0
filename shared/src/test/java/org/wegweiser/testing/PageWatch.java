package org.wegweiser.testing;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches a page for what must never happen: a Content-Security-Policy violation, a script
 * dialog (alert, confirm, prompt) or a console error. Install before the first navigation.
 */
public final class PageWatch {

    private final Page page;
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    private PageWatch(Page page) {
        this.page = page;
        page.addInitScript("""
                window.__cspViolations = window.__cspViolations || [];
                document.addEventListener('securitypolicyviolation', e =>
                    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
                """);
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
    }

    public static PageWatch of(Page page) {
        return new PageWatch(page);
    }

    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        return (List<String>) page.evaluate("() => window.__cspViolations || []");
    }

    public List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }
}
