package org.wegweiser.poster;

import java.util.Locale;

/** The paper a poster is printed on, trimmed size in millimetres. */
public enum PaperFormat {
    A5(148, 210),
    A4(210, 297),
    A3(297, 420),
    A4_LANDSCAPE(297, 210);

    private final double widthMm;
    private final double heightMm;

    PaperFormat(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public boolean landscape() {
        return widthMm > heightMm;
    }

    /**
     * The format of {@link Poster#paperFormat()}: "A5", "A4", "A3" or "A4_LANDSCAPE", in any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static PaperFormat of(String name) {
        if (name == null) {
            throw new IllegalArgumentException("A poster needs a paper format");
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown paper format: " + name, e);
        }
    }
}
