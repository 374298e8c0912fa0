package org.wegweiser.qr;

/**
 * How much of a QR code may be lost and still decode. There is deliberately no L: signage gets
 * scratched, reflects and is scanned at an angle.
 */
public enum ErrorCorrection {
    /** About 15 % recoverable; the default for screens and clean prints. */
    M,
    /** About 25 % recoverable; for posters that may get a sticker or a logo over the code. */
    Q
}
