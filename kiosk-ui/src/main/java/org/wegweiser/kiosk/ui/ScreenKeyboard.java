package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The on-screen keyboard a kiosk needs (it has no system keyboard), with a layout for the
 * visitor's script and a switch to Latin letters for German words.
 */
class ScreenKeyboard extends Composite<Div> {

    static final List<String> LATIN_DE = List.of("1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnmß-");
    static final List<String> LATIN_EN = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm-");
    static final List<String> TURKISH = List.of("1234567890", "qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç");
    static final List<String> ARABIC = List.of("١٢٣٤٥٦٧٨٩٠", "ضصثقفغعهخحج", "شسيبلاتنمكط", "ذءؤرىةوزظد");
    static final List<String> PERSIAN = List.of("۱۲۳۴۵۶۷۸۹۰", "ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپوژآ");
    static final List<String> RUSSIAN = List.of("1234567890", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё");
    static final List<String> UKRAINIAN = List.of("1234567890", "йцукенгшщзхї", "фівапролджє", "ґячсмитьбю'");

    private static final Map<String, List<String>> BY_LANGUAGE = Map.of(
            "de", LATIN_DE, "de-x-ls", LATIN_DE, "en", LATIN_EN, "tr", TURKISH,
            "ar", ARABIC, "fa", PERSIAN, "ru", RUSSIAN, "uk", UKRAINIAN);

    private final Consumer<String> onKey;
    private final Runnable onBackspace;
    private final Runnable onClear;
    private final String language;
    private final Labels labels;
    private boolean latin;

    /** Accessible names of the keys that are not letters, in the visitor's language. */
    record Labels(String space, String backspace, String clear, String latin, String own) {
    }

    ScreenKeyboard(String language, Labels labels, Consumer<String> onKey, Runnable onBackspace, Runnable onClear) {
        this.language = language;
        this.labels = labels;
        this.onKey = onKey;
        this.onBackspace = onBackspace;
        this.onClear = onClear;
        getContent().addClassName("kiosk-keyboard");
        // Letter keys are laid out as printed keyboards are, whatever the page direction.
        getContent().getElement().setAttribute("dir", "ltr");
        render();
    }

    static List<String> layoutFor(String language) {
        return BY_LANGUAGE.getOrDefault(language, LATIN_EN);
    }

    private boolean ownLayoutIsLatin() {
        var own = layoutFor(language);
        return own == LATIN_DE || own == LATIN_EN || own == TURKISH;
    }

    private void render() {
        var root = getContent();
        root.removeAll();
        var rows = latin ? LATIN_DE : layoutFor(language);
        for (String row : rows) {
            var line = new Div();
            line.addClassName("kiosk-keyboard-row");
            row.codePoints().forEach(cp -> {
                String key = new String(Character.toChars(cp));
                var button = new NativeButton(key, e -> onKey.accept(key));
                button.addClassName("kiosk-key");
                line.add(button);
            });
            root.add(line);
        }
        var last = new Div();
        last.addClassName("kiosk-keyboard-row");
        if (!ownLayoutIsLatin()) {
            var switcher = new NativeButton(latin ? labels.own() : labels.latin(), e -> {
                latin = !latin;
                render();
            });
            switcher.addClassNames("kiosk-key", "kiosk-key-wide", "kiosk-key-switch");
            last.add(switcher);
        }
        var space = new NativeButton(labels.space(), e -> onKey.accept(" "));
        space.addClassNames("kiosk-key", "kiosk-key-space");
        var backspace = new NativeButton("⌫", e -> onBackspace.run());
        backspace.getElement().setAttribute("aria-label", labels.backspace());
        backspace.addClassNames("kiosk-key", "kiosk-key-wide");
        var clear = new NativeButton(labels.clear(), e -> onClear.run());
        clear.addClassNames("kiosk-key", "kiosk-key-wide");
        last.add(space, backspace, clear);
        root.add(last);
    }
}
