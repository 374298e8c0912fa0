package org.wegweiser.admin.preview.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.preview.DraftPreviews;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The live preview beside a form: the kiosk page and the phone page of a service as the draft
 * would publish them, in a chosen language, rendered by kiosk-ui itself (docs/adr/006-draft-preview.md).
 * A form calls {@link #show} on every change; the draft is stored at most once a second.
 * Get one from Spring (it is a prototype bean): a view takes {@code ServicePreview} in its constructor.
 */
@SpringComponent
@Scope("prototype")
public class ServicePreview extends Composite<Div> {

    /** At most one stored preview per this many milliseconds while someone types. */
    static final long STORE_INTERVAL_MS = 1000;

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int KIOSK_WIDTH = 1080;
    private static final int KIOSK_HEIGHT = 1920;

    private final DraftPreviews previews;
    private final String kioskUi;
    private final Select<String> language = new Select<>();
    private final Paragraph empty = new Paragraph();
    private final Div frames = new Div();
    private final IFrame phone = frame(PHONE_WIDTH, PHONE_HEIGHT);
    private final IFrame kiosk = frame(KIOSK_WIDTH, KIOSK_HEIGHT);
    private final Span phoneCaption = new Span();
    private final Span kioskCaption = new Span();
    private final StoreThrottle throttle = new StoreThrottle(STORE_INTERVAL_MS);

    private Set<String> offeredCodes = Set.of();
    private Map<String, String> names = Map.of();
    private ContentPackage stored;
    private String token;
    private String serviceKey;
    private ContentPackage pending;
    private boolean storeScheduled;

    public ServicePreview(DraftPreviews previews, @Value("${wegweiser.kiosk-ui.url}") String kioskUi) {
        this.previews = previews;
        this.kioskUi = kioskUi.replaceAll("/+$", "");
        var root = getContent();
        root.addClassName("admin-preview");
        language.setLabel(getTranslation("admin.preview.language"));
        language.addClassName("admin-preview-language");
        language.addValueChangeListener(e -> point());
        empty.setText(getTranslation("admin.preview.empty"));
        empty.addClassName("admin-hint");
        frames.addClassName("admin-preview-frames");
        frames.add(box(phone, phoneCaption, "admin-preview-phone", PHONE_WIDTH, PHONE_HEIGHT),
                box(kiosk, kioskCaption, "admin-preview-kiosk", KIOSK_WIDTH, KIOSK_HEIGHT));
        frames.setVisible(false);
        language.setVisible(false);
        root.add(language, empty, frames);
    }

    /**
     * Shows the service of the content (the draft with the form's unsaved changes applied) in the
     * language, or in the language chosen so far when it is null or not offered.
     */
    public void show(ContentPackage content, String serviceKey, String language) {
        Objects.requireNonNull(content, "content");
        this.serviceKey = Objects.requireNonNull(serviceKey, "serviceKey");
        offer(content, language);
        if (content.equals(stored) || content.equals(pending)) {
            point();
            return;
        }
        long delay = throttle.delay(System.currentTimeMillis());
        if (delay == 0) {
            store(content);
        } else {
            pending = content;
            if (!storeScheduled) {
                storeScheduled = true;
                getElement().executeJs("setTimeout(() => this.$server.storePending(), $0)", delay);
            }
        }
    }

    @ClientCallable
    void storePending() {
        storeScheduled = false;
        if (pending != null) {
            store(pending);
        }
    }

    private void store(ContentPackage content) {
        token = previews.store(content);
        stored = content;
        pending = null;
        throttle.stored(System.currentTimeMillis());
        point();
    }

    private void offer(ContentPackage content, String wanted) {
        var offered = new LinkedHashMap<String, String>();
        content.languages().stream().filter(ContentPackage.Language::enabled)
                .forEach(l -> offered.put(l.code(), l.nativeName()));
        String current = language.getValue();
        String chosen = wanted != null && offered.containsKey(wanted) ? wanted
                : current != null && offered.containsKey(current) ? current
                : content.organisation().defaultLanguage();
        if (!offered.keySet().equals(offeredCodes)) {
            offeredCodes = Set.copyOf(offered.keySet());
            names = Map.copyOf(offered);
            language.setItemLabelGenerator(code -> names.getOrDefault(code, code));
            language.setItems(offered.keySet());
        }
        if (!chosen.equals(language.getValue())) {
            language.setValue(chosen);
        }
    }

    /** Points both frames at the stored preview, in the chosen language. */
    private void point() {
        String lang = language.getValue();
        if (token == null || serviceKey == null || lang == null) {
            return;
        }
        String key = URLEncoder.encode(serviceKey, StandardCharsets.UTF_8);
        String code = URLEncoder.encode(lang, StandardCharsets.UTF_8);
        String name = names.getOrDefault(lang, lang);
        phone.setSrc(kioskUi + "/preview/" + token + "/s/" + key + "?lang=" + code);
        kiosk.setSrc(kioskUi + "/preview/" + token + "/kiosk/" + code + "/service/" + key);
        phone.setTitle(getTranslation("admin.preview.phoneTitle", name));
        kiosk.setTitle(getTranslation("admin.preview.kioskTitle", name));
        phoneCaption.setText(getTranslation("admin.preview.phone"));
        kioskCaption.setText(getTranslation("admin.preview.kiosk"));
        empty.setVisible(false);
        frames.setVisible(true);
        language.setVisible(true);
    }

    private static IFrame frame(int width, int height) {
        var frame = new IFrame();
        frame.setSandbox(IFrame.SandboxType.ALLOW_SCRIPTS, IFrame.SandboxType.ALLOW_SAME_ORIGIN);
        frame.getStyle().set("width", width + "px").set("height", height + "px");
        return frame;
    }

    /** A frame of the real screen size, scaled down by CSS to the preview's height (--admin-preview-height). */
    private static Div box(IFrame frame, Span caption, String className, int width, int height) {
        var screen = new Div(frame);
        screen.addClassName("admin-preview-screen");
        screen.getStyle().set("--w", String.valueOf(width)).set("--h", String.valueOf(height));
        caption.addClassName("admin-preview-caption");
        var box = new Div(caption, screen);
        box.addClassNames("admin-preview-box", className);
        return box;
    }
}
