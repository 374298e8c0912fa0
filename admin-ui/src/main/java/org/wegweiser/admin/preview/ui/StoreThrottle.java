package org.wegweiser.admin.preview.ui;

/** While someone types, a preview is stored at once after a quiet interval, else when the interval is over. */
final class StoreThrottle {

    private final long intervalMillis;
    private long lastStore;
    private boolean stored;

    StoreThrottle(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** How long to wait before storing now; 0 means store at once. */
    long delay(long nowMillis) {
        return stored ? Math.max(0, lastStore + intervalMillis - nowMillis) : 0;
    }

    void stored(long nowMillis) {
        lastStore = nowMillis;
        stored = true;
    }
}
