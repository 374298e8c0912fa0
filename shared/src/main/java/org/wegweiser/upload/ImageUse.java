package org.wegweiser.upload;

/**
 * What an uploaded picture is for, and so how big it may be: in bytes, and in pixels, because a
 * small file can still decode into an image that fills the heap (a decompression bomb).
 */
public enum ImageUse {
    LOGO(5L * 1024 * 1024, 4_000, 4_000),
    PICTOGRAM(5L * 1024 * 1024, 2_000, 2_000),
    FLOOR_PLAN(20L * 1024 * 1024, 8_000, 8_000);

    private final long maxBytes;
    private final int maxWidth;
    private final int maxHeight;

    ImageUse(long maxBytes, int maxWidth, int maxHeight) {
        this.maxBytes = maxBytes;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    /** The largest file accepted; an upload field sets its own limit from this. */
    public long maxBytes() {
        return maxBytes;
    }

    public int maxWidth() {
        return maxWidth;
    }

    public int maxHeight() {
        return maxHeight;
    }
}
