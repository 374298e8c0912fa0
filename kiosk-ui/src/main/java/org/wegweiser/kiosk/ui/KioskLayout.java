package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.publishing.PublishedContent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The frame of every kiosk screen: Home, Back and Language always in reach; display modes
 * (large text, high contrast, controls low for wheelchair users); the idle reset; the locked
 * down browser; and live content: a new publication re-renders the open page in place.
 */
class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private static final String ATTRACT = "kiosk";

    private final PublishedContent published;
    private final KioskSession kiosk;
    private final org.wegweiser.kiosk.KioskHeartbeat heartbeat;
    private KioskSettings settings;
    private final ContentAssets assets;
    private final Div page = new Div();
    private final Header header = new Header();
    private final Footer footer = new Footer();
    private final Div overlay = new Div();
    private final Div languagePicker = new Div();
    private final Deque<String> history = new ArrayDeque<>();
    private boolean goingBack;
    private String currentPath = ATTRACT;
    private String language;
    private boolean largeText;
    private boolean highContrast;
    private boolean lowLayout;
    private Runnable unsubscribe;

    KioskLayout(PublishedContent published, KioskSession kiosk, org.wegweiser.kiosk.KioskHeartbeat heartbeat, ContentAssets assets) {
        this.published = published;
        this.kiosk = kiosk;
        this.heartbeat = heartbeat;
        this.settings = kiosk.settings();
        this.assets = assets;
        addClassName("kiosk");
        page.addClassName("kiosk-content");
        header.addClassName("kiosk-bar");
        footer.addClassName("kiosk-modes");
        overlay.addClassName("kiosk-overlay");
        overlay.setVisible(false);
        languagePicker.addClassName("kiosk-overlay");
        languagePicker.setVisible(false);
        add(header, page, footer, overlay, languagePicker, offline());
    }

    /** "One moment, please" in every offered language; the stylesheet shows it while the connection is lost. */
    private Div offline() {
        var box = new Div();
        box.addClassName("kiosk-offline");
        box.getElement().setAttribute("aria-live", "polite");
        published.current().ifPresent(content -> KioskLanguages.offered(content, settings).forEach(l -> {
            var line = new Span(getTranslation(Locale.forLanguageTag(l.code()), "kiosk.offline"));
            line.getElement().setAttribute("lang", l.code());
            line.getElement().setAttribute("dir", l.rightToLeft() ? "rtl" : "ltr");
            box.add(line);
        }));
        return box;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        unsubscribe = published.subscribe(snapshot -> ui.access(() -> ui.refreshCurrentRoute(false)));
        ui.getPage().executeJs(LOCKDOWN);
        ui.getPage().executeJs(IDLE_WATCH, getElement(), settings.idleSeconds() * 1000);
        ui.getPage().executeJs(HEARTBEAT, getElement(), heartbeat.intervalMillis());
    }

    /** Every minute: screen size and time since the page loaded, nothing about visitors. */
    @ClientCallable
    void heartbeat(String screen, long secondsSinceLoad) {
        var current = kiosk.current();
        if (current.isEmpty()) {
            backToPairing();
            return;
        }
        if (current.get().id() == null) {
            return; // not checked while the database is down: nowhere to write a heartbeat
        }
        switch (heartbeat.beat(current.get().id(), screen, secondsSinceLoad)) {
            case RELOAD -> getElement().executeJs("location.reload()");
            case UNPAIRED -> backToPairing();
            case CARRY_ON -> {
            }
        }
    }

    /** A revoked kiosk shows the pairing screen again. */
    private void backToPairing() {
        kiosk.forget();
        getElement().executeJs("location.assign('/kiosk')");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        settings = kiosk.settings();
        String path = event.getLocation().getPath();
        var segments = event.getLocation().getSegments();
        language = segments.size() > 1 ? segments.get(1) : null;
        if (!goingBack && !path.equals(currentPath) && !isAttract(currentPath)) {
            history.push(currentPath);
        }
        goingBack = false;
        currentPath = path;
        if (isAttract(path)) {
            history.clear();
        }
        renderChrome();
    }

    private static boolean isAttract(String path) {
        return path.isEmpty() || path.equals(ATTRACT);
    }

    private Locale locale() {
        return Locale.forLanguageTag(language == null ? "de" : language);
    }

    private String t(String key, Object... params) {
        return getTranslation(locale(), key, params);
    }

    private void renderChrome() {
        var content = published.current();
        boolean rtl = language != null && content.flatMap(c -> c.language(language)).map(l -> l.rightToLeft()).orElse(false);
        String lang = language == null ? content.map(c -> c.defaultLanguage()).orElse("de") : language;
        setDocumentLanguage(lang, rtl);
        content.ifPresent(c -> setOrganisationColours(c.organisation().primaryColor(), c.organisation().accentColor()));
        header.removeAll();
        footer.removeAll();
        header.setVisible(language != null);
        footer.setVisible(language != null);
        if (language == null) {
            return;
        }
        var nav = new Nav();
        nav.addClassName("kiosk-bar-nav");
        nav.getElement().setAttribute("aria-label", t("kiosk.nav.label"));
        var home = new RouterLink(HomeView.class, KioskContent.params(language));
        home.addClassName("kiosk-bar-button");
        home.add(KioskContent.pictogram(assets, "home"), new Span(t("kiosk.nav.home")));
        var back = new NativeButton();
        back.addClassNames("kiosk-bar-button", "kiosk-back");
        back.add(KioskContent.pictogram(assets, "back"), new Span(t("kiosk.nav.back")));
        back.addClickListener(e -> back());
        back.setEnabled(!history.isEmpty());
        var languageButton = new NativeButton();
        languageButton.addClassNames("kiosk-bar-button", "kiosk-language-button");
        languageButton.add(KioskContent.pictogram(assets, "language"), new Span(t("kiosk.nav.language")));
        languageButton.addClickListener(e -> showLanguagePicker());
        nav.add(back, home, languageButton);
        header.add(nav);

        footer.add(toggle("kiosk.mode.largeText", largeText, () -> largeText = !largeText),
                toggle("kiosk.mode.contrast", highContrast, () -> highContrast = !highContrast),
                toggle("kiosk.mode.low", lowLayout, () -> lowLayout = !lowLayout));
        applyModes();
    }

    private NativeButton toggle(String key, boolean on, Runnable flip) {
        var button = new NativeButton(t(key));
        button.addClassName("kiosk-mode");
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.addClickListener(e -> {
            flip.run();
            renderChrome();
        });
        return button;
    }

    private void applyModes() {
        UI.getCurrent().getPage().executeJs("""
                const c = document.documentElement.classList;
                c.toggle('ww-large', $0); c.toggle('ww-contrast', $1); c.toggle('ww-low', $2);""",
                largeText, highContrast, lowLayout);
    }

    private void setDocumentLanguage(String code, boolean rightToLeft) {
        UI.getCurrent().getPage().executeJs(
                "document.documentElement.setAttribute('lang', $0); document.documentElement.setAttribute('dir', $1)",
                code, rightToLeft ? "rtl" : "ltr");
    }

    /** The organisation's colours under their own names, so the high-contrast mode still overrides them (kiosk.css). */
    private void setOrganisationColours(String primary, String accent) {
        if (org.wegweiser.content.ColourContrast.isColour(primary) && org.wegweiser.content.ColourContrast.isColour(accent)) {
            UI.getCurrent().getPage().executeJs("const s = document.documentElement.style;"
                    + " s.setProperty('--ww-org-primary', $0); s.setProperty('--ww-org-accent', $1)", primary, accent);
        }
    }

    private void back() {
        if (history.isEmpty()) {
            return;
        }
        goingBack = true;
        UI.getCurrent().navigate(history.pop());
    }

    private void showLanguagePicker() {
        languagePicker.removeAll();
        published.current().ifPresent(content -> {
            var box = new Div();
            box.addClassName("kiosk-overlay-box");
            box.getElement().setAttribute("role", "dialog");
            box.getElement().setAttribute("aria-modal", "true");
            box.getElement().setAttribute("aria-label", t("kiosk.language.choose"));
            var tiles = new Div();
            tiles.addClassName("kiosk-languages");
            for (var offered : KioskLanguages.offered(content, settings)) {
                var tile = new NativeButton(offered.nativeName(), e -> switchLanguage(offered.code()));
                tile.addClassName("kiosk-language");
                tile.getElement().setAttribute("lang", offered.code());
                tile.getElement().setAttribute("dir", offered.rightToLeft() ? "rtl" : "ltr");
                if (offered.code().equals(language)) {
                    tile.getElement().setAttribute("aria-current", "true");
                }
                tiles.add(tile);
            }
            box.add(tiles);
            languagePicker.add(box);
            languagePicker.setVisible(true);
        });
    }

    /** The same page in another language: the language segment of the path changes, the history does not. */
    private void switchLanguage(String code) {
        languagePicker.setVisible(false);
        var segments = new java.util.ArrayList<>(List.of(currentPath.split("/")));
        if (segments.size() > 1) {
            segments.set(1, code);
        }
        goingBack = true;
        UI.getCurrent().navigate(String.join("/", segments));
    }

    @ClientCallable
    void idle() {
        if (isAttract(currentPath) || overlay.isVisible()) {
            return;
        }
        overlay.removeAll();
        var box = new Div();
        box.addClassName("kiosk-overlay-box");
        box.getElement().setAttribute("role", "alertdialog");
        box.getElement().setAttribute("aria-modal", "true");
        var question = new Span(t("kiosk.idle.question"));
        question.addClassName("kiosk-idle-question");
        question.setId("kiosk-idle-question");
        box.getElement().setAttribute("aria-labelledby", "kiosk-idle-question");
        var seconds = new Span(String.valueOf(settings.countdownSeconds()));
        seconds.addClassName("kiosk-idle-seconds");
        var resetText = new Span(t("kiosk.idle.resetIn"));
        var more = new NativeButton(t("kiosk.idle.continue"), e -> continueSession());
        more.addClassName("kiosk-idle-continue");
        box.add(question, new Div(resetText, seconds), more);
        overlay.add(box);
        overlay.setVisible(true);
        getElement().executeJs(COUNTDOWN, seconds.getElement(), settings.countdownSeconds(), getElement());
    }

    private void continueSession() {
        overlay.setVisible(false);
        getElement().executeJs("clearInterval(window.__wwCountdown)");
    }

    @ClientCallable
    void timeout() {
        if (!overlay.isVisible()) {
            return;
        }
        reset();
    }

    /** Back to the attract screen with nothing of the visitor left: history, search, language, display modes. */
    private void reset() {
        overlay.setVisible(false);
        languagePicker.setVisible(false);
        history.clear();
        largeText = false;
        highContrast = false;
        lowLayout = false;
        currentPath = ATTRACT;
        language = null;
        com.vaadin.flow.component.ComponentUtil.setData(UI.getCurrent(), SearchView.TypedQuery.class, null);
        applyModes();
        UI.getCurrent().getPage().executeJs("speechSynthesis.cancel(); window.scrollTo(0, 0)");
        UI.getCurrent().navigate(AttractView.class);
    }

    private static final String LOCKDOWN = """
            if (!window.__wwLocked) {
              window.__wwLocked = true;
              const stop = e => e.preventDefault();
              document.addEventListener('contextmenu', stop);
              document.addEventListener('selectstart', stop);
              document.addEventListener('dragstart', stop);
              document.addEventListener('gesturestart', stop);
              document.addEventListener('touchmove', e => { if (e.touches.length > 1) e.preventDefault(); }, {passive: false});
              document.addEventListener('click', e => {
                const link = e.target.closest && e.target.closest('a[href]');
                if (link && (link.origin !== location.origin || link.hasAttribute('download'))) e.preventDefault();
              }, true);
            }""";

    private static final String HEARTBEAT = """
            const layout = $0;
            const state = window.__wwBeat || (window.__wwBeat = {loaded: Date.now()});
            state.layout = layout;
            clearInterval(state.timer);
            const beat = () => state.layout.$server.heartbeat(screen.width + 'x' + screen.height,
                Math.round((Date.now() - state.loaded) / 1000));
            state.timer = setInterval(beat, $1);
            beat();""";

    private static final String IDLE_WATCH = """
            const layout = $0;
            const state = window.__wwIdle || (window.__wwIdle = {});
            state.layout = layout;
            state.ms = $1;
            if (!state.installed) {
              state.installed = true;
              state.touch = () => {
                clearTimeout(state.timer);
                state.timer = setTimeout(() => state.layout.$server.idle(), state.ms);
              };
              ['pointerdown', 'touchstart', 'keydown', 'wheel'].forEach(type =>
                document.addEventListener(type, state.touch, {capture: true, passive: true}));
            }
            state.touch();""";

    private static final String COUNTDOWN = """
            const out = $0; let left = $1; const layout = $2;
            clearInterval(window.__wwCountdown);
            out.textContent = left;
            window.__wwCountdown = setInterval(() => {
              left--;
              out.textContent = Math.max(left, 0);
              if (left <= 0) { clearInterval(window.__wwCountdown); layout.$server.timeout(); }
            }, 1000);""";
}
