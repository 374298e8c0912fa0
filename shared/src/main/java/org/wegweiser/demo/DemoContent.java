package org.wegweiser.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Musterstadt demo content package shipped in signage-assets. */
public final class DemoContent {

    public static final String RESOURCE = "wegweiser/demo/musterstadt.json";

    private DemoContent() {
    }

    public static byte[] musterstadt() {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (signage-assets missing?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
