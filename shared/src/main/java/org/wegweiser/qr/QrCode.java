package org.wegweiser.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An encoded QR code as a module matrix that already includes its quiet zone, and its rendering
 * as a scalable SVG. Immutable.
 */
public final class QrCode {

    /** The quiet zone the QR specification asks for; scanners struggle with less (zxing#855). */
    public static final int QUIET_ZONE = 4;

    private final int version;
    private final int size;
    private final boolean[] dark;

    private QrCode(int version, int size, boolean[] dark) {
        this.version = version;
        this.size = size;
        this.dark = dark;
    }

    /**
     * Encodes {@code text} at the given level, in the smallest version that fits.
     *
     * @throws IllegalArgumentException if the text is empty or too long for any QR version
     */
    public static QrCode encode(String text, ErrorCorrection level) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some text");
        }
        QRCode qr = encode(text, level, Map.of());
        // The mask ZXing picks by the specification's penalty score can still leave a finder-like
        // blot in the data; then the first of the eight masks without one is used.
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS && hasFalseFinder(qr.getMatrix()); mask++) {
            QRCode other = encode(text, level, Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
            if (!hasFalseFinder(other.getMatrix())) {
                qr = other;
            }
        }
        ByteMatrix matrix = qr.getMatrix();
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        boolean[] dark = new boolean[size * size];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark[(y + QUIET_ZONE) * size + x + QUIET_ZONE] = matrix.get(x, y) == 1;
            }
        }
        return new QrCode(qr.getVersion().getVersionNumber(), size, dark);
    }

    private static QRCode encode(String text, ErrorCorrection level, Map<EncodeHintType, Object> mask) {
        var hints = new HashMap<EncodeHintType, Object>(hintsFor(text));
        hints.putAll(mask);
        try {
            return Encoder.encode(text, zxingLevel(level), hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit into a QR code (" + text.length() + " characters)", e);
        }
    }

    /**
     * Whether a dark module outside the three finder patterns sits where a scanner looking for
     * finders would see one: the runs through it across and down both read dark-light-dark-light-dark
     * in about 1:1:3:1:1 (within the tolerance ZXing uses). Such a blot can be taken for a
     * corner, and a scanner that stops at three candidates then never finds the real third corner.
     */
    static boolean hasFalseFinder(ByteMatrix matrix) {
        int n = matrix.getWidth();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean inFinder = (x < 8 || x >= n - 8) && y < 8 || x < 8 && y >= n - 8;
                if (inFinder || matrix.get(x, y) != 1) {
                    continue;
                }
                int[] across = runs(matrix, x, y, 1, 0);
                int[] down = runs(matrix, x, y, 0, 1);
                // A scanner sizes a candidate by the run it found first; a blot of another size than
                // the real finders is not mistaken for one of them.
                if (finderLike(across) && finderLike(down) && (sum(across) == 7 || sum(down) == 7)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The five runs around a dark module along one direction, outside the symbol counted as light. */
    private static int[] runs(ByteMatrix matrix, int x, int y, int dx, int dy) {
        int[] runs = new int[5];
        runs[2] = run(matrix, x, y, dx, dy, true) + run(matrix, x, y, -dx, -dy, true) - 1;
        int[] before = outward(matrix, x, y, -dx, -dy);
        int[] after = outward(matrix, x, y, dx, dy);
        runs[1] = before[0];
        runs[0] = before[1];
        runs[3] = after[0];
        runs[4] = after[1];
        return runs;
    }

    /** Beyond the dark run through (x, y) in one direction: the light run, then the dark run. */
    private static int[] outward(ByteMatrix matrix, int x, int y, int dx, int dy) {
        int steps = run(matrix, x, y, dx, dy, true);
        int lx = x + steps * dx;
        int ly = y + steps * dy;
        int light = run(matrix, lx, ly, dx, dy, false);
        int dark = run(matrix, lx + light * dx, ly + light * dy, dx, dy, true);
        return new int[] {light, dark};
    }

    /** How many modules from (x, y) on in one direction have the given colour. */
    private static int run(ByteMatrix matrix, int x, int y, int dx, int dy, boolean dark) {
        int n = matrix.getWidth();
        int count = 0;
        while (x >= 0 && y >= 0 && x < n && y < n && (matrix.get(x, y) == 1) == dark) {
            count++;
            x += dx;
            y += dy;
        }
        // The quiet zone is light and wide enough for any light run.
        return !dark && (x < 0 || y < 0 || x >= n || y >= n) ? count + 2 * QUIET_ZONE : count;
    }

    private static int sum(int[] runs) {
        return Arrays.stream(runs).sum();
    }

    private static boolean finderLike(int[] runs) {
        int total = 0;
        for (int run : runs) {
            if (run == 0) {
                return false;
            }
            total += run;
        }
        double module = total / 7.0;
        double variance = module / 2;
        return Math.abs(module - runs[0]) < variance && Math.abs(module - runs[1]) < variance
                && Math.abs(3 * module - runs[2]) < 3 * variance
                && Math.abs(module - runs[3]) < variance && Math.abs(module - runs[4]) < variance;
    }

    private static ErrorCorrectionLevel zxingLevel(ErrorCorrection level) {
        return switch (level) {
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
        };
    }

    // ASCII (every URL) needs no charset declaration; anything else goes as UTF-8 with an ECI
    // header, because ZXing's default ISO-8859-1 would turn Arabic or Cyrillic into '?'.
    private static Map<EncodeHintType, ?> hintsFor(String text) {
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        return ascii ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }

    /** The QR version, 1 (21×21 modules) to 40. */
    public int version() {
        return version;
    }

    /** Width and height in modules, including the quiet zone on every side. */
    public int size() {
        return size;
    }

    /** Whether the module at column {@code x}, row {@code y} (quiet zone included, origin top left) is dark. */
    public boolean dark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return dark[y * size + x];
    }

    /**
     * An SVG whose user unit is one module: a white background with the quiet zone and a single
     * path of dark modules, each row's adjacent modules merged into one rectangle. It has no width
     * or height, so CSS or the PDF layout decides how big it is.
     *
     * @param title accessible text, e.g. what the code leads to; becomes the SVG's {@code <title>}
     */
    public String toSvg(String title) {
        Objects.requireNonNull(title, "title");
        StringBuilder svg = new StringBuilder(64 + size * size / 2)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(size).append(' ').append(size)
                .append("\" role=\"img\" shape-rendering=\"crispEdges\"><title>")
                .append(escapeXml(title))
                .append("</title><rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        appendRuns(svg);
        return svg.append("\"/></svg>").toString();
    }

    private void appendRuns(StringBuilder d) {
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!dark[y * size + x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && dark[y * size + x]) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
    }

    private static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // control characters are not allowed in XML 1.0
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
