package org.wegweiser.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed UI text from {@code <base>_<language tag>.properties} files (UTF-8). Tags are used
 * whole, so Easy German {@code de-x-ls} has its own file ({@code _de_x_ls}) and falls back to
 * German; every language falls back to the base file.
 */
public final class MessageBundles {

    private static final Map<String, MessageBundles> SHARED = new ConcurrentHashMap<>();

    private final String base;
    private final Map<String, Optional<Properties>> files = new ConcurrentHashMap<>();

    private MessageBundles(String base) {
        this.base = base;
    }

    /** The bundles under this base name; one instance (and one cache of loaded files) per base. */
    public static MessageBundles of(String base) {
        return SHARED.computeIfAbsent(base, MessageBundles::new);
    }

    public String get(String key, Locale locale, Object... params) {
        for (String name : candidates(locale)) {
            var file = files.computeIfAbsent(name, this::load);
            if (file.isPresent() && file.get().containsKey(key)) {
                String text = file.get().getProperty(key);
                return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
            }
        }
        return "!" + key + "!";
    }

    /** The keys of one file, for the test that every language has every key. */
    public Optional<Properties> file(String languageTag) {
        return files.computeIfAbsent(fileName(languageTag), this::load);
    }

    private List<String> candidates(Locale locale) {
        var names = new ArrayList<String>();
        String tag = locale.toLanguageTag();
        names.add(fileName(tag));
        if (!locale.getLanguage().equals(tag)) {
            names.add(fileName(locale.getLanguage()));
        }
        names.add(base + ".properties");
        return names;
    }

    private String fileName(String languageTag) {
        return base + "_" + languageTag.toLowerCase(Locale.ROOT).replace('-', '_') + ".properties";
    }

    private Optional<Properties> load(String name) {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
