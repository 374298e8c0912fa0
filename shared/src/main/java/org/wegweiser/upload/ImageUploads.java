package org.wegweiser.upload;

import org.apache.tika.Tika;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The one door for pictures that staff upload (logo, pictograms, floor plans). An upload is
 * treated as hostile: the type comes from the bytes, never the name; only PNG and JPEG pass, SVG
 * is refused because it can carry script; the pixel size is read from the header and checked
 * before anything is decoded; what is kept is a PNG re-encoded from the decoded pixels, so
 * metadata, appended archives or HTML of a polyglot file are gone.
 */
@Service
public class ImageUploads {

    private static final Map<String, String> IMAGEIO_FORMATS = Map.of(
            "image/png", "png",
            "image/jpeg", "jpeg");

    private final Tika tika = new Tika();

    /** Reads at most {@link ImageUse#maxBytes()} + 1 bytes from the stream, then accepts or refuses like {@link #accept(String, byte[], ImageUse)}. */
    public UploadedImage accept(String fileName, InputStream content, ImageUse use) {
        try {
            byte[] bytes = content.readNBytes(Math.toIntExact(use.maxBytes() + 1));
            return accept(fileName, bytes, use);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadedImage accept(String fileName, byte[] content, ImageUse use) {
        String name = fileName == null ? "" : fileName;
        if (content == null || content.length == 0) {
            throw new UploadRefused(UploadRefused.EMPTY);
        }
        if (content.length > use.maxBytes()) {
            throw new UploadRefused(UploadRefused.TOO_LARGE, name, use.maxBytes() / (1024 * 1024));
        }
        String mediaType = tika.detect(content);
        if (mediaType.startsWith("image/svg")) {
            throw new UploadRefused(UploadRefused.SVG, name);
        }
        String format = IMAGEIO_FORMATS.get(mediaType);
        if (format == null) {
            throw new UploadRefused(UploadRefused.NOT_AN_IMAGE, name, mediaType);
        }
        BufferedImage image = decodeWithinLimits(name, content, format, use);
        return new UploadedImage(reencode(image), image.getWidth(), image.getHeight(), "image/png");
    }

    private static BufferedImage decodeWithinLimits(String name, byte[] content, String format, ImageUse use) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new UploadRefused(UploadRefused.UNREADABLE, name);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            // Width and height come from the header; nothing is decoded yet.
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > use.maxWidth() || height > use.maxHeight()) {
                throw new UploadRefused(UploadRefused.TOO_MANY_PIXELS, name, width, height, use.maxWidth(), use.maxHeight());
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new UploadRefused(UploadRefused.UNREADABLE, name);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefused refused) {
                throw refused;
            }
            throw new UploadRefused(UploadRefused.UNREADABLE, name);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] reencode(BufferedImage decoded) {
        // Copy into a plain ARGB raster so nothing of the source's colour model or metadata survives.
        BufferedImage clean = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var graphics = clean.createGraphics();
        try {
            graphics.drawImage(decoded, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(clean, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
