package org.wegweiser.poster;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.i18n.BidiText;
import org.wegweiser.poster.internal.PosterFonts;
import org.wegweiser.poster.internal.TextSetter;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.Revision;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PosterRendererTest {

    private static final String SERVICE = "wohnsitz-anmelden";
    private static final float MM = 72f / 25.4f;
    private static final Path OUTPUT = Path.of("target", "posters");
    private static final String LONG_WORD = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung";

    private static final ContentSnapshot CONTENT = new ContentSnapshot(new Revision(1, Instant.now(), "test", null),
            ContentPackageCodec.read(DemoContent.musterstadt()));
    private static final PosterRenderer RENDERER = new PosterRenderer(new ContentAssets());

    private static Poster poster(String code, PosterTarget target, List<String> languages, String format,
                                 boolean bleed, double distance) {
        return new Poster(1, code, target, languages, format, bleed, distance, "Flur EG", Instant.now(), "test");
    }

    private static Poster servicePoster(String code, String format, boolean bleed, List<String> languages) {
        return poster(code, PosterTarget.service(SERVICE), languages, format, bleed, 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a5,          A5,           false, de",
            "a4,          A4,           false, de",
            "a3,          A3,           false, de",
            "a4-landscape, A4_LANDSCAPE, false, de",
            "a4-bleed,    A4,           true,  de",
            "a4-de-ar-uk, A4,           false, de ar uk",
            "a5-de-ar-uk, A5,           false, de ar uk",
            "a4-landscape-de-ar-uk, A4_LANDSCAPE, false, de ar uk",
            "a4-fa-tr-en, A4,           false, fa tr en"})
    void poster_qr_decodes_to_the_short_link_even_blurred_and_at_half_resolution(String name, String format,
                                                                                 boolean bleed, String languages)
            throws Exception {
        Poster poster = servicePoster("abc234", format, bleed, List.of(languages.split(" ")));
        byte[] pdf = RENDERER.render(CONTENT, poster);
        save(name, pdf);
        String link = "http://localhost:8080/q/abc234";

        BufferedImage page = rasterise(pdf, 150);

        assertThat(decode(page)).isEqualTo(link);
        assertThat(decode(blur(page, 1.0))).isEqualTo(link);
        assertThat(decode(half(page))).isEqualTo(link);
    }

    /**
     * Fifty posters printed at 150 dpi and scanned as a whole page: four codes whose data once held
     * a blot that the scanner took for a finder pattern (one poster in fifty did not scan), then
     * seeded random codes, languages (always one right-to-left) and formats.
     */
    @Test
    void every_poster_code_scans_from_the_whole_page_at_150_dpi() throws Exception {
        var posters = new ArrayList<Poster>();
        for (String code : List.of("x4wzuf", "he9mjj", "6qjj4q", "tfnthx")) {
            posters.add(poster(code, PosterTarget.service("aufenthaltstitel"), List.of("uk", "de"), "A4", false, 1));
        }
        var random = new java.util.Random(20261203);
        List<String> languages = CONTENT.content().languages().stream().map(l -> l.code()).toList();
        List<String> formats = List.of("A4", "A4", "A5", "A4_LANDSCAPE");
        while (posters.size() < 50) {
            var code = new StringBuilder();
            for (int c = 0; c < ShortCode.LENGTH; c++) {
                code.append(ShortCode.ALPHABET.charAt(random.nextInt(ShortCode.ALPHABET.length())));
            }
            var chosen = new java.util.LinkedHashSet<String>();
            chosen.add(languages.get(random.nextInt(languages.size())));
            chosen.add(random.nextBoolean() ? "ar" : "fa");
            posters.add(poster(code.toString(), PosterTarget.service(SERVICE), List.copyOf(chosen),
                    formats.get(posters.size() % formats.size()), false, 1 + random.nextInt(3)));
        }
        var unread = new ArrayList<String>();
        for (Poster poster : posters) {
            byte[] pdf = RENDERER.render(CONTENT, poster);
            String decoded;
            try {
                decoded = decode(rasterise(pdf, 150));
            } catch (NotFoundException e) {
                decoded = null;
            }
            if (!PosterRenderer.shortLink(CONTENT, poster).equals(decoded)) {
                save("unread-" + poster.code(), pdf);
                unread.add(poster.code() + " " + poster.languages() + " " + poster.paperFormat());
            }
        }
        assertThat(unread).isEmpty();
    }

    @Test
    void text_layer_holds_every_headline_in_logical_order() throws Exception {
        byte[] pdf = RENDERER.render(CONTENT, servicePoster("abc234", "A4", false, List.of("de", "ar", "uk")));

        String text = text(pdf);

        var title = CONTENT.service(SERVICE).orElseThrow().title();
        assertThat(text)
                .contains(title.texts().get("de"))
                .contains(title.texts().get("ar"))
                .contains(title.texts().get("uk"))
                .contains("http://localhost:8080/q/abc234");
    }

    @Test
    void persian_headline_extracts_in_logical_order() throws Exception {
        byte[] pdf = RENDERER.render(CONTENT, servicePoster("abc234", "A4", false, List.of("fa", "de")));

        assertThat(text(pdf)).contains(CONTENT.service(SERVICE).orElseThrow().title().texts().get("fa"));
    }

    @Test
    void every_font_is_embedded() throws Exception {
        byte[] pdf = RENDERER.render(CONTENT, servicePoster("abc234", "A4", false, List.of("de", "ar", "uk")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var fonts = new ArrayList<PDFont>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName()).isTrue());
        }
    }

    @Test
    void poster_has_no_images_so_qr_code_logo_and_pictogram_are_vectors() throws Exception {
        byte[] pdf = RENDERER.render(CONTENT, servicePoster("abc234", "A4", false, List.of("de", "ar", "uk")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(images(document.getPage(0).getResources())).isZero();
        }
    }

    @Test
    void bleed_enlarges_the_media_box_and_the_band_reaches_into_it() throws Exception {
        byte[] pdf = RENDERER.render(CONTENT, servicePoster("abc234", "A4", true, List.of("de")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = page.getTrimBox();
            assertThat(media.getWidth()).isCloseTo(216 * MM, within(0.1f));
            assertThat(media.getHeight()).isCloseTo(303 * MM, within(0.1f));
            assertThat(trim.getLowerLeftX()).isCloseTo(3 * MM, within(0.1f));
            assertThat(trim.getLowerLeftY()).isCloseTo(3 * MM, within(0.1f));
            assertThat(trim.getWidth()).isCloseTo(210 * MM, within(0.1f));
            assertThat(trim.getHeight()).isCloseTo(297 * MM, within(0.1f));
        }
        BufferedImage image = rasterise(pdf, 72);
        assertThat(new Color(image.getRGB(1, 1))).isEqualTo(new Color(0x0b4f8a));
        assertThat(new Color(image.getRGB(image.getWidth() - 2, 1))).isEqualTo(new Color(0x0b4f8a));
    }

    @Test
    void a_very_long_german_word_stays_inside_the_trim_box() throws Exception {
        ContentSnapshot content = withGermanTitle(SERVICE, LONG_WORD + " beantragen");
        for (String format : List.of("A5", "A4", "A4_LANDSCAPE")) {
            Poster poster = servicePoster("abc234", format, false, List.of("de", "ar", "uk"));

            var rendering = RENDERER.renderWithGeometry(content, List.of(poster));
            save("long-word-" + format.toLowerCase(), rendering.pdf());

            PosterRenderer.PageGeometry page = rendering.pages().getFirst();
            PDRectangle trim = page.trimBox();
            float margin = 5 * MM;
            var inside = new Rectangle2D.Float(trim.getLowerLeftX() + margin, trim.getLowerLeftY() + margin,
                    trim.getWidth() - 2 * margin, trim.getHeight() - 2 * margin);
            assertThat(page.glyphs()).isNotEmpty()
                    .allSatisfy(glyph -> assertThat(inside.contains(glyph)).as(format + " " + glyph).isTrue());
            assertThat(text(rendering.pdf()).replaceAll("\\s", "")).as(format).contains(LONG_WORD);
        }
    }

    @Test
    void time_ranges_in_arabic_lines_read_left_to_right_after_the_arabic_words() {
        var setter = new TextSetter(new PosterFonts());
        String text = "أوقات الدوام: الاثنين–الجمعة " + BidiText.isolateNumbers("08:00–12:30");

        TextSetter.Paragraph paragraph = setter.set(text, true, false, 12, 8, 1000);

        assertThat(paragraph.lines()).hasSize(1);
        TextLayout layout = paragraph.lines().getFirst().layout();
        double opens = x(layout, text.indexOf("08"));
        double closes = x(layout, text.indexOf("12"));
        double label = x(layout, 0);
        assertThat(opens).isLessThan(closes);
        assertThat(label).isGreaterThan(closes);
    }

    @Test
    void characters_neither_font_has_are_drawn_anyway_and_the_rest_stays_searchable() throws Exception {
        ContentSnapshot content = withGermanTitle(SERVICE, "Wohnsitz anmelden 住所 ✓");

        var rendering = RENDERER.renderWithGeometry(content,
                List.of(servicePoster("abc234", "A4", false, List.of("de"))));

        assertThat(rendering.pages().getFirst().glyphs()).isNotEmpty();
        assertThat(text(rendering.pdf())).contains("Wohnsitz anmelden");
    }

    private static double x(TextLayout layout, int index) {
        return layout.getLogicalHighlightShape(index, index + 1).getBounds2D().getX();
    }

    @Test
    void all_posters_go_into_one_pdf_and_a_zip_of_one_pdf_each() throws Exception {
        List<Poster> posters = List.of(
                servicePoster("abc234", "A4", false, List.of("de", "en")),
                poster("def567", PosterTarget.home(), List.of("de", "tr", "ru"), "A5", false, 2),
                poster("ghj892", new PosterTarget(PosterTarget.Type.OFFICE, "standesamt"), List.of("de-x-ls", "fa"),
                        "A3", true, 5),
                poster("kmn345", new PosterTarget(PosterTarget.Type.TOPIC, "ankommen-wohnen"), List.of("en", "ar"),
                        "A4_LANDSCAPE", false, 3));

        byte[] all = RENDERER.renderAll(CONTENT, posters);
        save("all", all);
        try (PDDocument document = Loader.loadPDF(all)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }

        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(RENDERER.zip(CONTENT, posters)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(zip.readAllBytes(), 0, 5)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).containsExactly("wohnsitz-anmelden-abc234.pdf", "home-def567.pdf",
                "standesamt-ghj892.pdf", "ankommen-wohnen-kmn345.pdf");
    }

    @Test
    void qr_code_is_a_tenth_of_the_viewing_distance() {
        assertThat(PosterRenderer.qrSize(PaperFormat.A3, 1).widthMm()).isEqualTo(100);
        assertThat(PosterRenderer.qrSize(PaperFormat.A3, 1).tooSmallForDistance()).isFalse();
        assertThat(PosterRenderer.qrSize(PaperFormat.A4, 0.8).widthMm()).isEqualTo(80);
    }

    @Test
    void qr_code_is_never_smaller_than_20_mm() {
        assertThat(PosterRenderer.qrSize(PaperFormat.A4, 0.1).widthMm()).isEqualTo(20);
        assertThat(PosterRenderer.qrSize(PaperFormat.A5, 0.1).tooSmallForDistance()).isFalse();
    }

    @Test
    void qr_code_for_far_viewers_is_too_small_on_a5() {
        var size = PosterRenderer.qrSize(PaperFormat.A5, 12);

        assertThat(size.tooSmallForDistance()).isTrue();
        assertThat(size.widthMm()).isLessThan(1200).isLessThanOrEqualTo(0.5 * 148);
    }

    @Test
    void paper_format_names_are_read_in_any_case() {
        assertThat(PaperFormat.of("a4_landscape")).isEqualTo(PaperFormat.A4_LANDSCAPE);
        assertThat(PaperFormat.A3.widthMm()).isEqualTo(297);
    }

    // --- helpers

    private static ContentSnapshot withGermanTitle(String serviceKey, String title) {
        return new ContentSnapshot(CONTENT.revision(), CONTENT.content()
                .withService(serviceKey, s -> s.withTitle(s.title().with("de", title))));
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve(name + ".pdf"), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static BufferedImage rasterise(byte[] pdf, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    private static String decode(BufferedImage image) throws NotFoundException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
    }

    private static BufferedImage blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        int size = 2 * radius + 1;
        float[] weights = new float[size * size];
        float sum = 0;
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                float w = (float) Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
                weights[(y + radius) * size + x + radius] = w;
                sum += w;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        var blurred = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, blurred);
    }

    private static BufferedImage half(BufferedImage image) {
        var half = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        return half;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static int images(PDResources resources) throws IOException {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDImageXObject) {
                count++;
            } else if (xObject instanceof PDFormXObject form && form.getResources() != null) {
                count += images(form.getResources());
            }
        }
        return count;
    }
}
