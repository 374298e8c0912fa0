package org.wegweiser.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodeTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String SERVICE_URL = "http://localhost:8080/s/wohnsitz-anmelden?lang=ar";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int PIXELS_PER_MODULE = 8;

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void svg_decodes_to_the_service_url(ErrorCorrection level) throws Exception {
        String svg = QrCode.encode(SERVICE_URL, level).toSvg("Wohnsitz anmelden");

        assertThat(decode(rasterise(parse(svg)))).isEqualTo(SERVICE_URL);
    }

    @Test
    void svg_decodes_to_text_outside_latin_1() throws Exception {
        String arabic = "تسجيل محل الإقامة";
        String svg = QrCode.encode(arabic, ErrorCorrection.M).toSvg("تسجيل");

        assertThat(decode(rasterise(parse(svg)))).isEqualTo(arabic);
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void svg_path_draws_exactly_the_dark_modules(ErrorCorrection level) throws Exception {
        QrCode qr = QrCode.encode(SERVICE_URL, level);
        boolean[][] drawn = modulesOf(parse(qr.toSvg("x")));

        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(qr.dark(x, y));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void quiet_zone_is_at_least_four_light_modules_on_every_side(ErrorCorrection level) throws Exception {
        QrCode qr = QrCode.encode(SERVICE_URL, level);
        boolean[][] drawn = modulesOf(parse(qr.toSvg("x")));
        int size = qr.size();

        assertThat(size).isEqualTo(17 + 4 * qr.version() + 2 * QrCode.QUIET_ZONE);
        for (int i = 0; i < size; i++) {
            for (int depth = 0; depth < 4; depth++) {
                int far = size - 1 - depth;
                assertThat(drawn[depth][i] || drawn[far][i] || drawn[i][depth] || drawn[i][far])
                        .as("border module at depth %d, position %d", depth, i)
                        .isFalse();
            }
        }
        // the three finder patterns start right after the quiet zone
        assertThat(qr.dark(4, 4)).isTrue();
        assertThat(qr.dark(size - 5, 4)).isTrue();
        assertThat(qr.dark(4, size - 5)).isTrue();
    }

    @Test
    void svg_is_scalable_and_accessible() throws Exception {
        QrCode qr = QrCode.encode(SERVICE_URL, ErrorCorrection.M);
        Element svg = parse(qr.toSvg("Wohnsitz anmelden")).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + qr.size() + " " + qr.size());
        assertThat(svg.hasAttribute("width")).isFalse();
        assertThat(svg.hasAttribute("height")).isFalse();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        Element title = (Element) svg.getFirstChild();
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getTextContent()).isEqualTo("Wohnsitz anmelden");
        Element background = (Element) svg.getElementsByTagNameNS(SVG_NS, "rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");
        assertThat(background.getAttribute("width")).isEqualTo(String.valueOf(qr.size()));
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "path").getLength()).isEqualTo(1);
    }

    @Test
    void title_is_escaped() throws Exception {
        String title = "Pässe & Ausweise <Bürgerbüro> \"2\"\u0001";
        Document svg = parse(QrCode.encode(SERVICE_URL, ErrorCorrection.M).toSvg(title));

        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("Pässe & Ausweise <Bürgerbüro> \"2\"");
    }

    /**
     * Short links whose data, masked the specification's way, holds a blot that a scanner takes for
     * a finder pattern: one in a hundred did not scan upright. Every code now scans held any way up,
     * drawn anti-aliased at a module size that does not fall on the pixel grid.
     */
    @Test
    void short_links_scan_held_any_way_up_at_an_uneven_module_size() throws Exception {
        var random = new java.util.Random(20261203);
        String alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
        var unread = new java.util.ArrayList<String>();
        for (int i = 0; i < 150; i++) {
            var link = new StringBuilder("http://localhost:8080/q/");
            for (int c = 0; c < 6; c++) {
                link.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            QrCode qr = QrCode.encode(link.toString(), ErrorCorrection.M);
            for (int quarterTurns = 0; quarterTurns < 4; quarterTurns++) {
                String decoded;
                try {
                    decoded = decode(drawn(qr, 7.7, quarterTurns));
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    decoded = null;
                }
                if (!link.toString().equals(decoded)) {
                    unread.add(link + " turned " + quarterTurns * 90 + "°");
                }
            }
        }
        assertThat(unread).isEmpty();
    }

    @Test
    void a_thirty_character_url_at_m_fits_version_three() {
        String url = "https://wegweiser.de/q/ab12cd3";
        assertThat(url).hasSize(30);

        assertThat(QrCode.encode(url, ErrorCorrection.M).version()).isLessThanOrEqualTo(3);
    }

    @Test
    void q_needs_at_least_the_version_of_m() {
        assertThat(QrCode.encode(SERVICE_URL, ErrorCorrection.Q).version())
                .isGreaterThanOrEqualTo(QrCode.encode(SERVICE_URL, ErrorCorrection.M).version());
    }

    @Test
    void empty_and_oversized_text_is_refused() {
        assertThatThrownBy(() -> QrCode.encode("", ErrorCorrection.M))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.encode("x".repeat(5000), ErrorCorrection.M))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the path's d attribute back into modules, failing on anything that is not a one-row run. */
    private static boolean[][] modulesOf(Document svg) {
        Element root = svg.getDocumentElement();
        int size = Integer.parseInt(root.getAttribute("viewBox").split(" ")[2]);
        String d = ((Element) root.getElementsByTagNameNS(SVG_NS, "path").item(0)).getAttribute("d");
        boolean[][] modules = new boolean[size][size];
        Matcher run = RUN.matcher(d);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("unexpected path data at %d", end).isEqualTo(end);
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = x; i < x + length; i++) {
                assertThat(modules[y][i]).as("module %d,%d drawn twice", i, y).isFalse();
                modules[y][i] = true;
            }
            end = run.end();
        }
        assertThat(end).as("path data fully consumed").isEqualTo(d.length());
        return modules;
    }

    private static BufferedImage rasterise(Document svg) {
        boolean[][] modules = modulesOf(svg);
        int pixels = modules.length * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, pixels, pixels);
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[y][x]) {
                    g.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                }
            }
        }
        g.dispose();
        return image;
    }

    /** The symbol as one anti-aliased path, off the pixel grid, turned by quarter turns. */
    private static BufferedImage drawn(QrCode qr, double pixelsPerModule, int quarterTurns) {
        int pixels = (int) Math.ceil(qr.size() * pixelsPerModule) + 1;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, pixels, pixels);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(quarterTurns * Math.PI / 2, pixels / 2.0, pixels / 2.0);
        var path = new java.awt.geom.Path2D.Double();
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    path.append(new java.awt.geom.Rectangle2D.Double(0.3 + x * pixelsPerModule,
                            0.3 + y * pixelsPerModule, pixelsPerModule, pixelsPerModule), false);
                }
            }
        }
        g.setColor(Color.BLACK);
        g.fill(path);
        g.dispose();
        return image;
    }

    // Not PURE_BARCODE: the reader has to find the finder patterns itself, as a phone camera would.
    private static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
