package org.wegweiser.poster.internal;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SVG subset of our pictograms and logos, drawn as PDF vector paths: {@code path}, {@code rect},
 * {@code circle}, {@code ellipse}, {@code line}, {@code polyline}, {@code polygon} and {@code g}
 * with the presentation attributes fill, stroke, stroke-width, stroke-linecap, stroke-linejoin
 * and fill-rule; {@code currentColor} takes the colour the caller passes. No transforms, CSS,
 * gradients or text.
 */
public final class SvgDrawing {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final List<String> INHERITED = List.of("fill", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "fill-rule");

    private record Part(Shape shape, String fill, String stroke, float strokeWidth, int cap, int join,
                        boolean evenOdd) {
    }

    private final Rectangle2D viewBox;
    private final List<Part> parts;

    private SvgDrawing(Rectangle2D viewBox, List<Part> parts) {
        this.viewBox = viewBox;
        this.parts = parts;
    }

    public static SvgDrawing parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            double[] box = numbers(root.getAttribute("viewBox"));
            Rectangle2D viewBox = box.length == 4 ? new Rectangle2D.Double(box[0], box[1], box[2], box[3])
                    : new Rectangle2D.Double(0, 0, number(root, "width", 64), number(root, "height", 64));
            var parts = new ArrayList<Part>();
            collect(root, defaults(), parts);
            return new SvgDrawing(viewBox, List.copyOf(parts));
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot read SVG: " + e.getMessage(), e);
        }
    }

    public double aspectRatio() {
        return viewBox.getWidth() / viewBox.getHeight();
    }

    /**
     * Draws the image into the box (PDF coordinates, y up), centred and keeping its aspect ratio.
     *
     * @param currentColor what {@code currentColor} means
     */
    public void draw(PDPageContentStream out, double x, double y, double width, double height, Color currentColor)
            throws IOException {
        double scale = Math.min(width / viewBox.getWidth(), height / viewBox.getHeight());
        double left = x + (width - viewBox.getWidth() * scale) / 2;
        double top = y + height - (height - viewBox.getHeight() * scale) / 2;
        out.saveGraphicsState();
        out.transform(new Matrix((float) scale, 0, 0, (float) -scale,
                (float) (left - viewBox.getX() * scale), (float) (top + viewBox.getY() * scale)));
        for (Part part : parts) {
            Color fill = colour(part.fill(), currentColor);
            Color stroke = colour(part.stroke(), currentColor);
            if (fill != null) {
                out.setNonStrokingColor(fill);
                PdfPaths.append(out, part.shape());
                if (part.evenOdd()) {
                    out.fillEvenOdd();
                } else {
                    out.fill();
                }
            }
            if (stroke != null && part.strokeWidth() > 0) {
                out.setStrokingColor(stroke);
                out.setLineWidth(part.strokeWidth());
                out.setLineCapStyle(part.cap());
                out.setLineJoinStyle(part.join());
                PdfPaths.append(out, part.shape());
                out.stroke();
            }
        }
        out.restoreGraphicsState();
    }

    private static Map<String, String> defaults() {
        var style = new HashMap<String, String>();
        style.put("fill", "black");
        style.put("stroke", "none");
        style.put("stroke-width", "1");
        style.put("stroke-linecap", "butt");
        style.put("stroke-linejoin", "miter");
        style.put("fill-rule", "nonzero");
        return style;
    }

    private static void collect(Element element, Map<String, String> inherited, List<Part> parts) {
        var style = new HashMap<>(inherited);
        for (String name : INHERITED) {
            if (element.hasAttribute(name)) {
                style.put(name, element.getAttribute(name).trim());
            }
        }
        Shape shape = switch (element.getLocalName()) {
            case "path" -> path(element.getAttribute("d"));
            case "rect" -> rect(element);
            case "circle" -> {
                double r = number(element, "r", 0);
                yield new Ellipse2D.Double(number(element, "cx", 0) - r, number(element, "cy", 0) - r, 2 * r, 2 * r);
            }
            case "ellipse" -> {
                double rx = number(element, "rx", 0);
                double ry = number(element, "ry", 0);
                yield new Ellipse2D.Double(number(element, "cx", 0) - rx, number(element, "cy", 0) - ry, 2 * rx, 2 * ry);
            }
            case "line" -> new Line2D.Double(number(element, "x1", 0), number(element, "y1", 0),
                    number(element, "x2", 0), number(element, "y2", 0));
            case "polyline", "polygon" -> poly(element.getAttribute("points"), "polygon".equals(element.getLocalName()));
            default -> null;
        };
        if (shape != null) {
            parts.add(new Part(shape, style.get("fill"), style.get("stroke"),
                    (float) parseNumber(style.get("stroke-width"), 1),
                    switch (style.get("stroke-linecap")) {
                        case "round" -> 1;
                        case "square" -> 2;
                        default -> 0;
                    },
                    switch (style.get("stroke-linejoin")) {
                        case "round" -> 1;
                        case "bevel" -> 2;
                        default -> 0;
                    },
                    "evenodd".equals(style.get("fill-rule"))));
        }
        if ("svg".equals(element.getLocalName()) || "g".equals(element.getLocalName())) {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    collect(e, style, parts);
                }
            }
        }
    }

    private static Shape rect(Element element) {
        double x = number(element, "x", 0);
        double y = number(element, "y", 0);
        double w = number(element, "width", 0);
        double h = number(element, "height", 0);
        double rx = number(element, "rx", -1);
        double ry = number(element, "ry", -1);
        if (rx < 0) {
            rx = Math.max(ry, 0);
        }
        if (ry < 0) {
            ry = rx;
        }
        if (rx == 0 && ry == 0) {
            return new Rectangle2D.Double(x, y, w, h);
        }
        return new RoundRectangle2D.Double(x, y, w, h, Math.min(2 * rx, w), Math.min(2 * ry, h));
    }

    private static Shape poly(String points, boolean closed) {
        double[] p = numbers(points);
        var path = new Path2D.Double();
        for (int i = 0; i + 1 < p.length; i += 2) {
            if (i == 0) {
                path.moveTo(p[i], p[i + 1]);
            } else {
                path.lineTo(p[i], p[i + 1]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** The path data grammar of SVG 1.1, all commands, absolute and relative. */
    static Path2D path(String d) {
        var path = new Path2D.Double();
        var tokens = new Tokens(d);
        char command = ' ';
        double x = 0, y = 0, startX = 0, startY = 0;
        double lastCtrlX = 0, lastCtrlY = 0;
        char previous = ' ';
        while (tokens.more()) {
            if (tokens.atCommand()) {
                command = tokens.command();
            } else if (command == ' ') {
                throw new IllegalArgumentException("Path data must start with a command: " + d);
            }
            boolean relative = Character.isLowerCase(command);
            double ox = relative ? x : 0;
            double oy = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.moveTo(x, y);
                    startX = x;
                    startY = y;
                    // further pairs after a moveto are implicit linetos
                    command = relative ? 'l' : 'L';
                }
                case 'L' -> {
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + tokens.number();
                    path.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + tokens.number();
                    path.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = ox + tokens.number(), y1 = oy + tokens.number();
                    lastCtrlX = ox + tokens.number();
                    lastCtrlY = oy + tokens.number();
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.curveTo(x1, y1, lastCtrlX, lastCtrlY, x, y);
                }
                case 'S' -> {
                    boolean smooth = "CcSs".indexOf(previous) >= 0;
                    double x1 = smooth ? 2 * x - lastCtrlX : x, y1 = smooth ? 2 * y - lastCtrlY : y;
                    lastCtrlX = ox + tokens.number();
                    lastCtrlY = oy + tokens.number();
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.curveTo(x1, y1, lastCtrlX, lastCtrlY, x, y);
                }
                case 'Q' -> {
                    lastCtrlX = ox + tokens.number();
                    lastCtrlY = oy + tokens.number();
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.quadTo(lastCtrlX, lastCtrlY, x, y);
                }
                case 'T' -> {
                    boolean smooth = "QqTt".indexOf(previous) >= 0;
                    lastCtrlX = smooth ? 2 * x - lastCtrlX : x;
                    lastCtrlY = smooth ? 2 * y - lastCtrlY : y;
                    x = ox + tokens.number();
                    y = oy + tokens.number();
                    path.quadTo(lastCtrlX, lastCtrlY, x, y);
                }
                case 'A' -> {
                    double rx = tokens.number(), ry = tokens.number(), angle = tokens.number();
                    boolean large = tokens.flag(), sweep = tokens.flag();
                    double x2 = ox + tokens.number(), y2 = oy + tokens.number();
                    arc(path, x, y, rx, ry, angle, large, sweep, x2, y2);
                    x = x2;
                    y = y2;
                }
                case 'Z' -> {
                    path.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalArgumentException("Unknown path command " + command + " in " + d);
            }
            previous = command;
        }
        return path;
    }

    // Endpoint to centre parameterisation (SVG 1.1 implementation notes F.6.5), then at most
    // 90° per cubic segment.
    private static void arc(Path2D path, double x1, double y1, double rx, double ry, double angleDegrees,
                            boolean large, boolean sweep, double x2, double y2) {
        if (x1 == x2 && y1 == y2) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            path.lineTo(x2, y2);
            return;
        }
        double phi = Math.toRadians(angleDegrees);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2, cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int segments = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / segments;
        double k = 4.0 / 3 * Math.tan(step / 4);
        double t = theta1;
        for (int i = 0; i < segments; i++) {
            double c1 = Math.cos(t), s1 = Math.sin(t), c2 = Math.cos(t + step), s2 = Math.sin(t + step);
            double[] p1 = point(cx, cy, rx, ry, cos, sin, c1 - k * s1, s1 + k * c1);
            double[] p2 = point(cx, cy, rx, ry, cos, sin, c2 + k * s2, s2 - k * c2);
            double[] p3 = i == segments - 1 ? new double[]{x2, y2} : point(cx, cy, rx, ry, cos, sin, c2, s2);
            path.curveTo(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
            t += step;
        }
    }

    private static double[] point(double cx, double cy, double rx, double ry, double cos, double sin, double u, double v) {
        return new double[]{cx + rx * u * cos - ry * v * sin, cy + rx * u * sin + ry * v * cos};
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private static final class Tokens {
        private final String text;
        private int at;

        Tokens(String text) {
            this.text = text == null ? "" : text;
        }

        private void skip() {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
        }

        boolean more() {
            skip();
            return at < text.length();
        }

        boolean atCommand() {
            skip();
            char c = text.charAt(at);
            return Character.isLetter(c) && c != 'e' && c != 'E';
        }

        char command() {
            skip();
            return text.charAt(at++);
        }

        double number() {
            skip();
            Matcher m = NUMBER.matcher(text);
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("Number expected at " + at + " in " + text);
            }
            at = m.end();
            return Double.parseDouble(m.group());
        }

        // Arc flags may be written without separators ("a5 5 0 0110 10").
        boolean flag() {
            skip();
            char c = text.charAt(at++);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("Arc flag expected at " + (at - 1) + " in " + text);
            }
            return c == '1';
        }
    }

    private static Color colour(String value, Color currentColor) {
        if (value == null || value.isEmpty() || "none".equals(value)) {
            return null;
        }
        if ("currentColor".equals(value)) {
            return currentColor;
        }
        return switch (value) {
            case "black" -> Color.BLACK;
            case "white" -> Color.WHITE;
            default -> hex(value);
        };
    }

    /** A colour written as {@code #rgb} or {@code #rrggbb}. */
    public static Color hex(String value) {
        String hex = value.trim();
        if (!hex.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Unsupported colour: " + value);
        }
        if (hex.length() == 4) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static double number(Element element, String attribute, double fallback) {
        return element.hasAttribute(attribute) ? parseNumber(element.getAttribute(attribute), fallback) : fallback;
    }

    private static double parseNumber(String value, double fallback) {
        Matcher m = NUMBER.matcher(value == null ? "" : value);
        return m.find() ? Double.parseDouble(m.group()) : fallback;
    }

    private static double[] numbers(String value) {
        Matcher m = NUMBER.matcher(value == null ? "" : value);
        var list = new ArrayList<Double>();
        while (m.find()) {
            list.add(Double.parseDouble(m.group()));
        }
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
