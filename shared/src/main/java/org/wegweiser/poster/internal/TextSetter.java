package org.wegweiser.poster.internal;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.wegweiser.poster.internal.PosterFonts.Face;

import java.awt.Color;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedString;
import java.text.Bidi;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets text in paragraphs the way a browser would, and draws it into a PDF. See
 * docs/adr/002-poster-pdf-text-shaping.md: the JDK's {@link TextLayout} does the Unicode bidi
 * algorithm and the shaping (Arabic and Persian joined, right to left, numbers left to right),
 * its glyph outlines are what is seen; an invisible text layer in visual order makes the page
 * searchable and lets {@code PDFTextStripper} extract it in logical order.
 */
public final class TextSetter {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';
    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
            Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('),
            Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'),
            Map.entry((int) '«', (int) '»'), Map.entry((int) '»', (int) '«'),
            Map.entry((int) '‹', (int) '›'), Map.entry((int) '›', (int) '‹'));

    private final PosterFonts fonts;

    public TextSetter(PosterFonts fonts) {
        this.fonts = fonts;
    }

    /** A paragraph broken into lines; offsets are into {@link #text}. */
    public record Paragraph(String text, boolean rightToLeft, float size, Face[] faces, List<Line> lines,
                            float width) {

        public float height() {
            return (float) lines.stream().mapToDouble(Line::height).sum();
        }
    }

    public record Line(TextLayout layout, int start, int end) {
        float height() {
            return layout.getAscent() + layout.getDescent() + layout.getLeading();
        }
    }

    /**
     * Breaks the text into lines no wider than {@code width}. When a single word does not fit,
     * the whole paragraph gets smaller, down to {@code minSize}; at that size a word that still
     * does not fit is broken wherever the width ends.
     */
    public Paragraph set(String text, boolean rightToLeft, boolean bold, float size, float minSize, float width) {
        if (text.isEmpty()) {
            return new Paragraph(text, rightToLeft, size, new Face[0], List.of(), width);
        }
        Face[] faces = faces(text, bold);
        float current = size;
        while (true) {
            boolean last = current <= minSize;
            List<Line> lines = breakLines(text, rightToLeft, faces, current, width, !last);
            if (lines != null) {
                return new Paragraph(text, rightToLeft, current, faces, lines, width);
            }
            current = Math.max(minSize, current * 0.92f);
        }
    }

    private List<Line> breakLines(String text, boolean rightToLeft, Face[] faces, float size, float width,
                                  boolean wholeWords) {
        var attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.RUN_DIRECTION,
                rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || faces[i] != faces[runStart]) {
                attributed.addAttribute(TextAttribute.FONT, fonts.awt(faces[runStart], size), runStart, i);
                runStart = i;
            }
        }
        var measurer = new LineBreakMeasurer(attributed.getIterator(), new SpaceBreaks(), CONTEXT);
        var lines = new ArrayList<Line>();
        while (measurer.getPosition() < text.length()) {
            int start = measurer.getPosition();
            TextLayout layout = measurer.nextLayout(width, text.length(), wholeWords);
            if (layout == null) {
                return null;
            }
            lines.add(new Line(layout, start, measurer.getPosition()));
        }
        return lines;
    }

    /**
     * Draws the paragraph with its first line's top at {@code top}, aligned to the start side of
     * its direction within {@code x … x + width}; returns the bounds of the drawn glyph outlines.
     */
    public List<Rectangle2D> draw(PDPageContentStream out, PosterFonts.Pdf pdf, Paragraph paragraph, float x,
                                  float top, Color colour) throws IOException {
        var drawn = new ArrayList<Rectangle2D>();
        float y = top;
        for (Line line : paragraph.lines()) {
            TextLayout layout = line.layout();
            y -= layout.getAscent();
            // Trailing spaces sit at the visual end of the line: left in right-to-left text.
            float lineX = paragraph.rightToLeft() ? x + paragraph.width() - layout.getAdvance() : x;
            Shape outline = layout.getOutline(new AffineTransform(1, 0, 0, -1, lineX, y));
            if (!outline.getBounds2D().isEmpty()) {
                out.setNonStrokingColor(colour);
                PdfPaths.append(out, outline);
                out.fill();
                drawn.add(outline.getBounds2D());
            }
            writeInvisible(out, pdf, paragraph, line, lineX, y);
            y -= layout.getDescent() + layout.getLeading();
        }
        return drawn;
    }

    private record Segment(PDType0Font font, String text) {
    }

    /*
     * The same line as text that is neither filled nor stroked, each bidi run in visual order
     * (right-to-left runs reversed and mirrored) and stretched over the place where its glyphs are.
     * PDFTextStripper turns visual right-to-left text back into logical order; the marks RLM (at
     * the start) and LRM (around left-to-right runs) keep its guess of the direction right.
     */
    private void writeInvisible(PDPageContentStream out, PosterFonts.Pdf pdf, Paragraph paragraph, Line line,
                                float lineX, float baseline) throws IOException {
        String text = paragraph.text();
        Bidi bidi = new Bidi(text, paragraph.rightToLeft() ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT)
                .createLineBidi(line.start(), line.end());
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        float size = paragraph.size();
        boolean first = true;
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER);
        for (int run : order) {
            int start = bidi.getRunStart(run);
            int limit = bidi.getRunLimit(run);
            boolean reversed = (levels[run] & 1) == 1;
            var segments = new ArrayList<Segment>();
            if (paragraph.rightToLeft() && first) {
                mark(pdf, segments, RLM);
            }
            if (paragraph.rightToLeft() && !reversed) {
                mark(pdf, segments, LRM);
            }
            collect(pdf, paragraph, line.start() + start, line.start() + limit, reversed, segments);
            if (paragraph.rightToLeft() && !reversed) {
                mark(pdf, segments, LRM);
            }
            double natural = 0;
            for (Segment segment : segments) {
                natural += segment.font().getStringWidth(segment.text()) / 1000 * size;
            }
            if (natural <= 0) {
                continue;
            }
            first = false;
            Rectangle2D place = line.layout().getLogicalHighlightShape(start, limit).getBounds2D();
            out.setTextMatrix(Matrix.getTranslateInstance((float) (lineX + place.getX()), baseline));
            out.setHorizontalScaling((float) Math.max(1, 100 * place.getWidth() / natural));
            for (Segment segment : segments) {
                out.setFont(segment.font(), size);
                out.showText(segment.text());
            }
        }
        out.endText();
    }

    private void mark(PosterFonts.Pdf pdf, List<Segment> segments, char mark) {
        for (Face face : List.of(Face.LATIN, Face.ARABIC)) {
            if (pdf.canEncode(face, mark)) {
                append(segments, pdf.font(face), mark);
                return;
            }
        }
    }

    private static void append(List<Segment> segments, PDType0Font font, int codePoint) {
        String character = Character.toString(codePoint);
        if (!segments.isEmpty() && segments.getLast().font() == font) {
            segments.set(segments.size() - 1, new Segment(font, segments.getLast().text() + character));
        } else {
            segments.add(new Segment(font, character));
        }
    }

    private void collect(PosterFonts.Pdf pdf, Paragraph paragraph, int from, int to, boolean reversed,
                         List<Segment> segments) {
        String text = paragraph.text();
        var indices = new ArrayList<Integer>();
        for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
            indices.add(i);
        }
        if (reversed) {
            java.util.Collections.reverse(indices);
        }
        for (int i : indices) {
            int codePoint = text.codePointAt(i);
            if (isBidiControl(codePoint)) {
                continue;
            }
            if (reversed) {
                codePoint = MIRRORED.getOrDefault(codePoint, codePoint);
            }
            Face face = paragraph.faces()[i];
            if (pdf.canEncode(face, codePoint)) {
                append(segments, pdf.font(face), codePoint);
            } else if (pdf.canEncode(face.other(), codePoint)) {
                append(segments, pdf.font(face.other()), codePoint);
            }
            // Neither font has it: the outline shows what the JDK drew; the text layer goes without.
        }
    }

    /**
     * Line breaks after spaces and after a hyphen inside a word ("Bürger-|Service"), nowhere
     * else: the JDK's line instance also breaks after ":" and "–", which tears "14:00–18:00" apart.
     * A no-break space keeps two words together.
     */
    static final class SpaceBreaks extends BreakIterator {

        private CharacterIterator text = new StringCharacterIterator("");
        private int[] boundaries = {0};
        private int current;

        @Override
        public void setText(CharacterIterator newText) {
            text = newText;
            int begin = newText.getBeginIndex();
            int end = newText.getEndIndex();
            var list = new ArrayList<Integer>();
            list.add(begin);
            for (int i = begin + 1; i < end; i++) {
                char before = newText.setIndex(i - 1);
                char at = newText.setIndex(i);
                boolean afterSpace = isBreakingSpace(before) && !isBreakingSpace(at);
                boolean afterHyphen = (before == '-' || before == '\u2010') && i - 2 >= begin
                        && Character.isLetter(newText.setIndex(i - 2)) && Character.isLetter(at);
                if (afterSpace || afterHyphen) {
                    list.add(i);
                }
            }
            if (end > begin) {
                list.add(end);
            }
            boundaries = list.stream().mapToInt(Integer::intValue).toArray();
            current = 0;
        }

        private static boolean isBreakingSpace(char c) {
            return Character.isWhitespace(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F';
        }

        @Override
        public CharacterIterator getText() {
            return text;
        }

        @Override
        public int first() {
            current = 0;
            return boundaries[0];
        }

        @Override
        public int last() {
            current = boundaries.length - 1;
            return boundaries[current];
        }

        @Override
        public int current() {
            return boundaries[current];
        }

        @Override
        public int next() {
            if (current >= boundaries.length - 1) {
                return DONE;
            }
            return boundaries[++current];
        }

        @Override
        public int next(int n) {
            int result = current();
            for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
                result = n > 0 ? next() : previous();
            }
            return result;
        }

        @Override
        public int previous() {
            if (current == 0) {
                return DONE;
            }
            return boundaries[--current];
        }

        @Override
        public int following(int offset) {
            for (int i = 0; i < boundaries.length; i++) {
                if (boundaries[i] > offset) {
                    current = i;
                    return boundaries[i];
                }
            }
            current = boundaries.length - 1;
            return DONE;
        }

        @Override
        public int preceding(int offset) {
            for (int i = boundaries.length - 1; i >= 0; i--) {
                if (boundaries[i] < offset) {
                    current = i;
                    return boundaries[i];
                }
            }
            current = 0;
            return DONE;
        }
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * The face for every char: Arabic script in Noto Sans Arabic, other scripts in Noto Sans;
     * spaces, digits, punctuation and marks stay in the face of what precedes them (or follows,
     * at the start), unless that face lacks them.
     */
    Face[] faces(String text, boolean bold) {
        Face[] faces = new Face[text.length()];
        Face latin = Face.of(false, bold);
        Face arabic = Face.of(true, bold);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            Face face = null;
            if (script == Character.UnicodeScript.ARABIC) {
                face = fonts.canDisplay(arabic, cp) || !fonts.canDisplay(latin, cp) ? arabic : latin;
            } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                face = fonts.canDisplay(latin, cp) || !fonts.canDisplay(arabic, cp) ? latin : arabic;
            }
            int n = Character.charCount(cp);
            for (int k = 0; k < n; k++) {
                faces[i + k] = face;
            }
            i += n;
        }
        Face previous = null;
        for (int i = 0; i < text.length(); i++) {
            if (faces[i] == null) {
                Face neighbour = previous != null ? previous : next(faces, i, latin);
                int cp = text.codePointAt(Character.isLowSurrogate(text.charAt(i)) && i > 0 ? i - 1 : i);
                if (!fonts.canDisplay(neighbour, cp) && fonts.canDisplay(neighbour.other(), cp)) {
                    neighbour = neighbour.other();
                }
                faces[i] = neighbour;
            } else {
                previous = faces[i];
            }
        }
        return faces;
    }

    private static Face next(Face[] faces, int from, Face fallback) {
        for (int i = from; i < faces.length; i++) {
            if (faces[i] != null) {
                return faces[i];
            }
        }
        return fallback;
    }
}
