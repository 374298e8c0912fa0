package org.wegweiser.kiosk.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.TestKiosks;
import org.wegweiser.kiosk.KioskSettings;

import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;

/** A kiosk-ui on its own MariaDB database with the Musterstadt demo published, and a Chromium to drive it. */
abstract class KioskBrowserTest extends BrowserTest {

    static final ContentPackage DEMO = ContentPackageCodec.read(DemoContent.musterstadt());

    @Autowired
    KioskFleet fleet;
    @Autowired
    KioskSettings configured;
    private String credential;

    Page open(Browser.Screen screen, String path) {
        return open(screen, "de-DE", path);
    }

    /** A page of a paired kiosk: its browser holds the credential of a kiosk set up as configured. */
    @Override
    protected Page open(Browser.Screen screen, String locale, String path) {
        var page = browser.page(screen, locale);
        pair(page);
        page.navigate(url(path));
        return page;
    }

    void pair(Page page) {
        if (credential == null) {
            credential = TestKiosks.credential(fleet, configured);
        }
        TestKiosks.hold(page.context(), credential);
    }

    static ContentPackage.Service service(String key) {
        return DEMO.services().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static ContentPackage.Topic topic(String key) {
        return DEMO.topics().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** The tile whose title is exactly this text. */
    static Locator tile(Page page, String text) {
        String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return page.locator(".kiosk-tile:has(.kiosk-tile-title:text-is(" + quoted + "))");
    }

    /** Types on the kiosk's own keyboard, one tap per key. */
    static void type(Page page, String text) {
        text.codePoints().forEach(cp -> {
            String key = new String(Character.toChars(cp));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(key).setExact(true)).first().tap();
        });
    }
}
