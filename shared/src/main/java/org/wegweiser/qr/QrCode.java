package org.wegweiser.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.nio.charset.StandardCharsets;
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
        QRCode qr;
        try {
            qr = Encoder.encode(text, zxingLevel(level), hintsFor(text));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit into a QR code (" + text.length() + " characters)", e);
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
