package org.wegweiser.upload;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageUploadsTest {

    private final ImageUploads uploads = new ImageUploads();

    @Test
    void a_real_png_is_accepted_and_kept_as_png_of_the_same_size() throws IOException {
        UploadedImage image = uploads.accept("logo.png", picture("png", 120, 80), ImageUse.LOGO);

        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(120);
        assertThat(image.height()).isEqualTo(80);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(decoded.getWidth()).isEqualTo(120);
        assertThat(new Color(decoded.getRGB(10, 10))).isEqualTo(Color.ORANGE);
    }

    @Test
    void a_jpeg_is_accepted_and_re_encoded_as_png() throws IOException {
        UploadedImage image = uploads.accept("plan.jpg", picture("jpeg", 300, 200), ImageUse.FLOOR_PLAN);

        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.png()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(image.png())).getHeight()).isEqualTo(200);
    }

    @Test
    void a_polyglot_png_with_a_script_and_a_zip_appended_comes_out_without_them() throws IOException {
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.write(picture("png", 64, 64));
        polyglot.write("<html><script>alert('owned')</script></html>".getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(polyglot)) {
            zip.putNextEntry(new ZipEntry("payload.jsp"));
            zip.write("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>".getBytes(StandardCharsets.UTF_8));
        }

        UploadedImage image = uploads.accept("innocent.png", polyglot.toByteArray(), ImageUse.PICTOGRAM);

        String output = new String(image.png(), StandardCharsets.ISO_8859_1);
        assertThat(output).doesNotContain("<script").doesNotContain("payload.jsp").doesNotContain("PK\u0003\u0004")
                .doesNotContain("Runtime");
        assertThat(image.width()).isEqualTo(64);
    }

    @Test
    void a_text_file_named_like_a_png_is_refused() {
        byte[] text = "<html><body onload=alert(1)>hello</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> uploads.accept("logo.png", text, ImageUse.LOGO))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(UploadRefused.NOT_AN_IMAGE);
                    assertThat(refused.arguments()).contains("logo.png");
                });
    }

    @Test
    void an_svg_with_a_script_is_refused_even_when_named_png() {
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script><rect width="10" height="10"/>
                </svg>""".getBytes(StandardCharsets.UTF_8);

        for (String name : new String[] {"pictogram.svg", "pictogram.png"}) {
            assertThatThrownBy(() -> uploads.accept(name, svg, ImageUse.PICTOGRAM))
                    .isInstanceOfSatisfying(UploadRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo(UploadRefused.SVG));
        }
    }

    @Test
    void a_decompression_bomb_png_is_refused_from_its_header_before_it_is_decoded() throws IOException {
        byte[] bomb = bombPng(30_000, 30_000);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> uploads.accept("plan.png", bomb, ImageUse.FLOOR_PLAN))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(UploadRefused.TOO_MANY_PIXELS);
                    assertThat(refused.arguments()).contains(30_000, 8_000);
                });
    }

    @Test
    void a_100_mb_file_is_refused_by_its_size_before_anything_reads_it() {
        byte[] huge = new byte[100 * 1024 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, huge, 0, 8);

        for (ImageUse use : ImageUse.values()) {
            assertThatThrownBy(() -> uploads.accept("huge.png", huge, use))
                    .isInstanceOfSatisfying(UploadRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo(UploadRefused.TOO_LARGE));
            assertThatThrownBy(() -> uploads.accept("huge.png", new ByteArrayInputStream(huge), use))
                    .isInstanceOf(UploadRefused.class);
        }
        assertThat(ImageUse.FLOOR_PLAN.maxBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void a_truncated_png_and_an_empty_file_are_refused_with_a_reason() throws IOException {
        byte[] png = picture("png", 200, 200);
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 3);

        assertThatThrownBy(() -> uploads.accept("cut.png", truncated, ImageUse.LOGO))
                .isInstanceOfSatisfying(UploadRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(UploadRefused.UNREADABLE));
        assertThatThrownBy(() -> uploads.accept("empty.png", new byte[0], ImageUse.LOGO))
                .isInstanceOfSatisfying(UploadRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(UploadRefused.EMPTY));
    }

    private static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A real bomb: a 1-bit grey PNG of all zeros whose pixels would need gigabytes once decoded. */
    private static byte[] bombPng(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {1, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
