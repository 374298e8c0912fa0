package org.wegweiser.web;

import org.wegweiser.content.ContentAssets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's logo as an {@code <img>} shows it: its address under {@code /assets/} and a
 * width and height of the given height, so the page does not shift when the picture arrives.
 */
public record LogoImage(String src, int width, int height) {

    private static final Pattern VIEW_BOX = Pattern.compile(
            "viewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");

    /** The logo named in the content, when it exists and its size can be read. */
    public static Optional<LogoImage> of(ContentAssets assets, String logo, int height) {
        return assets.find(logo).flatMap(LogoImage::size)
                .map(size -> new LogoImage("/assets/" + logo, Math.max(1, (int) Math.round(height * size[0] / size[1])),
                        height));
    }

    /** Width and height: from a PNG's header, or an SVG's viewBox. */
    private static Optional<double[]> size(ContentAssets.Asset asset) {
        byte[] data = asset.data();
        if (asset.contentType().equals("image/png") && data.length >= 24) {
            var header = ByteBuffer.wrap(data, 16, 8);
            int width = header.getInt();
            int height = header.getInt();
            return width > 0 && height > 0 ? Optional.of(new double[]{width, height}) : Optional.empty();
        }
        if (asset.contentType().equals("image/svg+xml")) {
            var box = VIEW_BOX.matcher(new String(data, StandardCharsets.UTF_8));
            if (box.find() && Double.parseDouble(box.group(2)) > 0) {
                return Optional.of(new double[]{Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))});
            }
        }
        return Optional.empty();
    }
}
