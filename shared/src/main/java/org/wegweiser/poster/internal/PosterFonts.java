package org.wegweiser.poster.internal;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The poster typefaces, Noto Sans and Noto Sans Arabic, from signage-assets: never from the
 * system, because production runs in a plain JRE container without fonts. The same files
 * serve the JDK's shaping ({@link #awt}) and the PDF's text layer ({@link Pdf}).
 */
public final class PosterFonts {

    /** A typeface of the poster: Noto Sans Arabic for Arabic script, Noto Sans for the rest. */
    public enum Face {
        LATIN("NotoSans-Regular.ttf"),
        LATIN_BOLD("NotoSans-Bold.ttf"),
        ARABIC("NotoSansArabic-Regular.ttf"),
        ARABIC_BOLD("NotoSansArabic-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public static Face of(boolean arabic, boolean bold) {
            return arabic ? (bold ? ARABIC_BOLD : ARABIC) : (bold ? LATIN_BOLD : LATIN);
        }

        public boolean arabic() {
            return this == ARABIC || this == ARABIC_BOLD;
        }

        public Face other() {
            return switch (this) {
                case LATIN -> ARABIC;
                case LATIN_BOLD -> ARABIC_BOLD;
                case ARABIC -> LATIN;
                case ARABIC_BOLD -> LATIN_BOLD;
            };
        }
    }

    private static final String FOLDER = "wegweiser/fonts/";

    private final Map<Face, byte[]> files = new EnumMap<>(Face.class);
    private final Map<Face, Font> fonts = new EnumMap<>(Face.class);

    public PosterFonts() {
        for (Face face : Face.values()) {
            byte[] data = read(FOLDER + face.file);
            files.put(face, data);
            try {
                fonts.put(face, Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(data)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot load poster font " + face.file, e);
            }
        }
    }

    /** The face at a size, for the JDK's text layout. */
    public Font awt(Face face, float size) {
        return fonts.get(face).deriveFont(size);
    }

    public boolean canDisplay(Face face, int codePoint) {
        return fonts.get(face).canDisplay(codePoint);
    }

    /** The faces of one PDF document, loaded on first use and embedded as subsets. */
    public Pdf forDocument(PDDocument document) {
        return new Pdf(document);
    }

    public final class Pdf {

        private final PDDocument document;
        private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
        private final Map<Face, Map<Integer, Boolean>> encodable = new EnumMap<>(Face.class);

        private Pdf(PDDocument document) {
            this.document = document;
        }

        public PDType0Font font(Face face) {
            return loaded.computeIfAbsent(face, f -> {
                try {
                    return PDType0Font.load(document, new RandomAccessReadBuffer(files.get(f)), true, false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Whether the face has a glyph for the character, so the text layer can carry it. */
        public boolean canEncode(Face face, int codePoint) {
            return encodable.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
                try {
                    font(face).encode(Character.toString(cp));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PosterFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (signage-assets missing?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
