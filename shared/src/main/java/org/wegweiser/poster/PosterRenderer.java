package org.wegweiser.poster;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.poster.internal.PosterFonts;
import org.wegweiser.poster.internal.SvgDrawing;
import org.wegweiser.poster.internal.TextSetter;
import org.wegweiser.poster.internal.TextSetter.Paragraph;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.qr.ErrorCorrection;
import org.wegweiser.qr.QrCode;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Print-ready poster PDFs: the town's band with logo and name, the target's headline and a
 * call to action in each of the poster's languages with where to go and the opening hours,
 * the pictogram, and the QR code of the short link as vector rectangles with its quiet zone.
 * Everything is vector; text is shaped by the JDK (docs/adr/002-poster-pdf-text-shaping.md).
 */
@Component
public final class PosterRenderer {

    private static final Logger log = LoggerFactory.getLogger(PosterRenderer.class);

    private static final float MM = 72f / 25.4f;
    private static final double BLEED_MM = 3;
    private static final double MIN_QR_MM = 20;
    /** The widest QR code a format takes, as a share of its shorter side. */
    private static final double MAX_QR_SHARE = 0.5;
    private static final ErrorCorrection QR_LEVEL = ErrorCorrection.M;
    private static final Color TEXT = new Color(0x1d, 0x1d, 0x1b);
    private static final Color TEXT_SECONDARY = new Color(0x3c, 0x3c, 0x3b);

    private final ContentAssets assets;
    private final PosterFonts fonts;
    private final TextSetter setter;

    public PosterRenderer(ContentAssets assets) {
        this.assets = assets;
        this.fonts = new PosterFonts();
        this.setter = new TextSetter(fonts);
    }

    /**
     * How wide the QR code (without its quiet zone) is printed: a tenth of the viewing distance,
     * at least 20 mm, at most what the format takes.
     *
     * @param tooSmallForDistance true when the format capped the width below a tenth of the distance
     */
    public record QrSize(double widthMm, boolean tooSmallForDistance) {
    }

    public static QrSize qrSize(PaperFormat format, double viewingDistanceMetres) {
        double tenth = viewingDistanceMetres * 1000 / 10; // a tenth of the distance, in mm
        double wanted = Math.max(MIN_QR_MM, tenth);
        double cap = MAX_QR_SHARE * Math.min(format.widthMm(), format.heightMm());
        double width = Math.min(wanted, cap);
        return new QrSize(width, width < tenth);
    }

    /** The link the poster's QR code holds and prints: {@code <public base URL>/q/<code>}. */
    public static String shortLink(ContentSnapshot content, Poster poster) {
        String base = content.organisation().publicBaseUrl();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/q/" + poster.code();
    }

    /** One poster as a one-page PDF. */
    public byte[] render(ContentSnapshot content, Poster poster) {
        return renderWithGeometry(content, List.of(poster)).pdf();
    }

    /** Several posters as one PDF, a page each, for printing in one go. */
    public byte[] renderAll(ContentSnapshot content, List<Poster> posters) {
        return renderWithGeometry(content, posters).pdf();
    }

    /** The first page as a PNG at the given resolution, for a preview on screen. */
    public byte[] previewPng(ContentSnapshot content, Poster poster, int dpi) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(render(content, poster))) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, dpi);
            var png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with one PDF per poster, named {@code <target key>-<code>.pdf} ("home" for the home page). */
    public byte[] zip(ContentSnapshot content, List<Poster> posters) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Poster poster : posters) {
                String key = poster.target().key() == null ? "home" : poster.target().key();
                zip.putNextEntry(new ZipEntry(key + "-" + poster.code() + ".pdf"));
                zip.write(render(content, poster));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A rendering with its geometry in PDF points, for tests that check what lands where. */
    record Rendering(byte[] pdf, List<PageGeometry> pages) {
    }

    /** One page: its trim box and the bounds of every drawn glyph outline, in page coordinates. */
    record PageGeometry(PDRectangle trimBox, List<Rectangle2D> glyphs) {
    }

    Rendering renderWithGeometry(ContentSnapshot content, List<Poster> posters) {
        try (var document = new PDDocument()) {
            var pdfFonts = fonts.forDocument(document);
            var pages = new ArrayList<PageGeometry>();
            for (Poster poster : posters) {
                pages.add(addPage(document, pdfFonts, content, poster));
            }
            if (!posters.isEmpty()) {
                Poster first = posters.getFirst();
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(posters.size() == 1 ? PosterTexts.headline(content, first)
                        : content.text(content.organisation().name(), first.firstLanguage()));
                info.setCreator("Wegweiser");
                document.getDocumentCatalog().setLanguage(first.firstLanguage());
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return new Rendering(out.toByteArray(), List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Coordinates from here on are PDF points, y up, with the origin at the trim box's lower left.
    private PageGeometry addPage(PDDocument document, PosterFonts.Pdf pdf, ContentSnapshot content, Poster poster)
            throws IOException {
        PaperFormat format = PaperFormat.of(poster.paperFormat());
        float width = (float) format.widthMm() * MM;
        float height = (float) format.heightMm() * MM;
        float bleed = poster.bleed() ? (float) BLEED_MM * MM : 0;
        var page = new PDPage(new PDRectangle(width + 2 * bleed, height + 2 * bleed));
        var trim = new PDRectangle(bleed, bleed, width, height);
        page.setTrimBox(trim);
        page.setBleedBox(page.getMediaBox());
        document.addPage(page);

        var organisation = content.organisation();
        Color primary = colour(organisation.primaryColor(), new Color(0x0b, 0x4f, 0x8a));
        Color accent = colour(organisation.accentColor(), new Color(0xf2, 0xb7, 0x05));
        // Sizes are set for A4 and scale with the shorter side.
        float scale = Math.min(width, height) / (210 * MM);
        float margin = 12 * MM * scale;
        var glyphs = new ArrayList<Rectangle2D>();

        try (var out = new PDPageContentStream(document, page)) {
            out.transform(Matrix.getTranslateInstance(bleed, bleed));

            // The band, into the bleed on three sides.
            float bandHeight = 30 * MM * scale;
            out.setNonStrokingColor(primary);
            out.addRect(-bleed, height - bandHeight, width + 2 * bleed, bandHeight + bleed);
            out.fill();
            float tileHeight = bandHeight * 0.78f;
            float tileWidth = tileHeight * 0.86f;
            float tileY = height - bandHeight + (bandHeight - tileHeight) / 2;
            float nameX = margin;
            Optional<SvgDrawing> logo = svg(organisation.logo());
            if (logo.isPresent()) {
                out.setNonStrokingColor(Color.WHITE);
                roundedRect(out, margin, tileY, tileWidth, tileHeight, 2.5f * MM * scale);
                out.fill();
                float pad = tileHeight * 0.08f;
                logo.get().draw(out, margin + pad, tileY + pad, tileWidth - 2 * pad, tileHeight - 2 * pad, primary);
                nameX = margin + tileWidth + 6 * MM * scale;
            }
            String nameLanguage = content.defaultLanguage();
            Paragraph name = setter.set(content.text(organisation.name(), nameLanguage),
                    PosterTexts.rightToLeft(content, nameLanguage), true, 22 * scale, 11 * scale,
                    width - margin - nameX);
            glyphs.addAll(setter.draw(out, pdf, name, nameX,
                    height - bandHeight + (bandHeight + name.height()) / 2, Color.WHITE));

            // The QR code, its link and the pictogram.
            String link = shortLink(content, poster);
            QrCode qr = QrCode.encode(link, QR_LEVEL);
            QrSize size = qrSize(format, poster.viewingDistanceMetres());
            if (size.tooSmallForDistance()) {
                log.info("Poster {}: QR code capped at {} mm on {}, small for {} m", poster.code(),
                        Math.round(size.widthMm()), format, poster.viewingDistanceMetres());
            }
            float module = (float) size.widthMm() * MM / (qr.size() - 2 * QrCode.QUIET_ZONE);
            float qrBox = module * qr.size();
            float linkWidth = Math.max(qrBox, 62 * MM * scale);
            Locale firstLocale = PosterTexts.bundleLocale(content, poster.firstLanguage());
            boolean firstRtl = PosterTexts.rightToLeft(content, poster.firstLanguage());
            // The link must stay readable for typing, even on A5.
            Paragraph typeLabel = setter.set(PosterTexts.BUNDLE.get("poster.typeLink", firstLocale), firstRtl,
                    false, Math.max(9 * scale, 7.5f), 6, linkWidth);
            Paragraph linkText = setter.set(link, false, true, Math.max(11 * scale, 9), 6, linkWidth);
            float linkHeight = typeLabel.height() + linkText.height();

            float qrRight = width - margin;
            float qrX = qrRight - qrBox;
            float qrY = margin + linkHeight + 1 * MM * scale;
            drawQr(out, qr, qrX, qrY, module);
            // The link sits under the symbol, its start at the symbol's start edge.
            float linkX = Math.min(qrX + QrCode.QUIET_ZONE * module, width - margin - linkWidth);
            glyphs.addAll(setter.draw(out, pdf, typeLabel, linkX, qrY + module, TEXT_SECONDARY));
            glyphs.addAll(setter.draw(out, pdf, linkText, linkX, qrY + module - typeLabel.height(), TEXT));

            float bodyTop = height - bandHeight - 9 * MM * scale;
            float blocksLeft = margin;
            float blocksWidth;
            float blocksBottom;
            String pictogram = pictogramOf(content, poster.target());
            Optional<SvgDrawing> icon = assets.pictogramSvg(pictogram).map(SvgDrawing::parse);
            if (format.landscape()) {
                // Landscape: the QR column on the right, the pictogram at its top.
                float gap = 10 * MM * scale;
                blocksWidth = qrX - gap - margin;
                blocksBottom = margin;
                float iconSize = Math.min(qrBox * 0.6f, bodyTop - (qrY + qrBox) - 6 * MM * scale);
                if (icon.isPresent() && iconSize > 10 * MM * scale) {
                    icon.get().draw(out, qrX + (qrBox - iconSize) / 2, bodyTop - iconSize, iconSize, iconSize, primary);
                }
            } else {
                // Portrait: the blocks on top, pictogram and QR code side by side at the bottom.
                blocksWidth = width - 2 * margin;
                blocksBottom = qrY + qrBox + 6 * MM * scale;
                float iconSize = Math.min(qrBox * 0.75f, qrX - margin - 8 * MM * scale);
                if (icon.isPresent() && iconSize > 10 * MM * scale) {
                    icon.get().draw(out, margin, qrY + (qrBox - iconSize) / 2, iconSize, iconSize, primary);
                }
            }

            List<PosterTexts.Block> blocks = poster.languages().stream()
                    .map(language -> PosterTexts.block(content, poster, language)).toList();
            glyphs.addAll(drawBlocks(out, pdf, blocks, blocksLeft, bodyTop, blocksWidth, bodyTop - blocksBottom,
                    scale, primary, accent, poster));
        }
        var shifted = glyphs.stream().map(r -> (Rectangle2D) new Rectangle2D.Double(r.getX() + bleed,
                r.getY() + bleed, r.getWidth(), r.getHeight())).toList();
        return new PageGeometry(trim, shifted);
    }

    private record SetBlock(PosterTexts.Block block, List<Paragraph> paragraphs, float height) {
    }

    /**
     * The language blocks at the largest size (up to twice the A4 design) that fits the space
     * above the QR code, so short texts fill a big poster and long ones still fit a small one.
     */
    private List<Rectangle2D> drawBlocks(PDPageContentStream out, PosterFonts.Pdf pdf, List<PosterTexts.Block> blocks,
                                         float x, float top, float width, float available, float scale,
                                         Color primary, Color accent, Poster poster) throws IOException {
        float factor = 2f;
        List<SetBlock> set;
        float gap;
        while (true) {
            float s = scale * factor;
            gap = 7 * MM * s;
            set = new ArrayList<>();
            float total = 0;
            for (PosterTexts.Block block : blocks) {
                var paragraphs = new ArrayList<Paragraph>();
                boolean rtl = block.rightToLeft();
                paragraphs.add(setter.set(block.headline(), rtl, true, 26 * s, 14 * s, width));
                paragraphs.add(setter.set(block.callToAction(), rtl, true, 14 * s, 9 * s, width));
                if (block.where() != null) {
                    paragraphs.add(setter.set(block.where(), rtl, false, 11.5f * s, 7 * s, width));
                }
                if (block.hours() != null) {
                    paragraphs.add(setter.set(block.hours(), rtl, false, 11.5f * s, 7 * s, width));
                }
                float height = 0;
                for (Paragraph p : paragraphs) {
                    height += p.height();
                }
                height += 1.5f * MM * s * paragraphs.size();
                set.add(new SetBlock(block, paragraphs, height));
                total += height;
            }
            total += gap * (blocks.size() - 1);
            if (total <= available || factor < 0.45f) {
                if (total > available) {
                    log.warn("Poster {}: the text does not fit on {}; it is cut off", poster.code(), poster.paperFormat());
                }
                break;
            }
            factor *= 0.93f;
        }
        var drawn = new ArrayList<Rectangle2D>();
        // Marks and overhangs may reach a little beyond the measured width; nothing leaves the body.
        float slack = 3 * MM * scale;
        var body = new Rectangle2D.Float(x - slack, top - available, width + 2 * slack, available);
        out.saveGraphicsState();
        out.addRect(body.x, body.y, body.width, body.height);
        out.clip();
        float y = top;
        for (int i = 0; i < set.size(); i++) {
            SetBlock block = set.get(i);
            if (i > 0) {
                float ruleY = y + gap / 2;
                float ruleLength = 24 * MM * scale * factor;
                out.setNonStrokingColor(accent);
                out.addRect(block.block().rightToLeft() ? x + width - ruleLength : x, ruleY - 0.6f * scale,
                        ruleLength, 1.2f * scale);
                out.fill();
            }
            for (int p = 0; p < block.paragraphs().size(); p++) {
                Paragraph paragraph = block.paragraphs().get(p);
                Color colour = p == 0 ? TEXT : p == 1 ? primary : TEXT_SECONDARY;
                for (Rectangle2D glyph : setter.draw(out, pdf, paragraph, x, y, colour)) {
                    // What the clip hides is not drawn.
                    Rectangle2D visible = glyph.createIntersection(body);
                    if (!visible.isEmpty()) {
                        drawn.add(visible);
                    }
                }
                y -= paragraph.height() + 1.5f * MM * scale * factor;
            }
            y -= gap;
        }
        out.restoreGraphicsState();
        return drawn;
    }

    /** The QR code as vector rectangles on a white square that includes its quiet zone. */
    private static void drawQr(PDPageContentStream out, QrCode qr, float x, float y, float module) throws IOException {
        int n = qr.size();
        out.setNonStrokingColor(Color.WHITE);
        out.addRect(x, y, n * module, n * module);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        // All modules in one path and one fill: no hairline seams between neighbours on screen.
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!qr.dark(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && qr.dark(col, row)) {
                    col++;
                }
                out.addRect(x + start * module, y + (n - row - 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }

    private static void roundedRect(PDPageContentStream out, float x, float y, float w, float h, float r)
            throws IOException {
        float k = 0.5523f * r;
        out.moveTo(x + r, y);
        out.lineTo(x + w - r, y);
        out.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        out.lineTo(x + w, y + h - r);
        out.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        out.lineTo(x + r, y + h);
        out.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        out.lineTo(x, y + r);
        out.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        out.closePath();
    }

    private Optional<SvgDrawing> svg(String assetName) {
        return assets.find(assetName).map(a -> SvgDrawing.parse(new String(a.data(), StandardCharsets.UTF_8)));
    }

    private static String pictogramOf(ContentSnapshot content, PosterTarget target) {
        return switch (target.type()) {
            case SERVICE -> content.service(target.key()).map(s -> s.pictogram()).orElse("info");
            case TOPIC -> content.topic(target.key()).map(t -> t.pictogram()).orElse("info");
            case OFFICE -> "location-pin";
            case HOME -> "home";
        };
    }

    private static Color colour(String value, Color fallback) {
        try {
            return value == null ? fallback : SvgDrawing.hex(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
