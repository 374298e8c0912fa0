package org.wegweiser.poster.internal;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;

/** Java2D shapes as PDF path operators, so glyphs and pictograms stay vectors. */
final class PdfPaths {

    private PdfPaths() {
    }

    /** Appends the shape's path to the current path; the caller fills or strokes it. */
    static void append(PDPageContentStream out, Shape shape) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        float startX = 0;
        float startY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    lastX = startX = c[0];
                    lastY = startY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has cubic curves only; a quadratic one is the cubic with these control points
                    out.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> {
                    out.closePath();
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalStateException("Unknown path segment");
            }
        }
    }
}
