package org.wegweiser.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, quiet on a closed network. Screenshots go to
 * target/screenshots so a failed run can be looked at.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getenv().getOrDefault("WEGWEISER_CHROMIUM", "/usr/bin/chromium");

    public enum Screen {
        KIOSK_PORTRAIT(1080, 1920), KIOSK_LANDSCAPE(1920, 1080), PHONE(390, 844), DESKTOP(1440, 900);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh page (own cookies) with the screen's size, touch on, in the given browser language. */
    public Page page(Screen screen, String locale) {
        var context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(screen.width, screen.height)
                .setHasTouch(true)
                .setIsMobile(screen == Screen.PHONE)
                .setLocale(locale));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setType(ScreenshotType.PNG).setFullPage(false));
    }

    /** Fails with the rule ids and elements when axe finds WCAG 2.1 A or AA violations. */
    public static void assertAccessible(Page page) {
        page.waitForFunction("() => document.title.length > 0"); // Vaadin sets the title after rendering
        // Contrast is measured on the settled page, not half way through a dialog's fade-in.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
