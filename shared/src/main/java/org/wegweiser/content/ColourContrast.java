package org.wegweiser.content;

import java.util.regex.Pattern;

/**
 * Contrast ratios of WCAG 2.x between two {@code #rrggbb} colours. The organisation's primary
 * colour carries white text (kiosk bar, phone header, "where to go") and is itself the colour of
 * links and headings on white, so it needs 4.5:1 against white; the accent colour is the focus
 * ring on the primary bar, a non-text part, which needs 3:1 against the primary colour.
 */
public final class ColourContrast {

    public static final String WHITE = "#ffffff";
    public static final double TEXT = 4.5;
    public static final double NON_TEXT = 3.0;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ColourContrast() {
    }

    public static boolean isColour(String text) {
        return text != null && HEX.matcher(text).matches();
    }

    /** The ratio from 1 to 21; the order of the two colours does not matter. */
    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The ratio as a message shows it, rounded down so that 4.49 never reads as 4.5. */
    public static String shown(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
