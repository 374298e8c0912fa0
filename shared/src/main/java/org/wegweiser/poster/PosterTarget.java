package org.wegweiser.poster;

/** What a poster points at: a service, a topic, an office, or the home page (key null). */
public record PosterTarget(Type type, String key) {

    public enum Type {
        SERVICE, TOPIC, OFFICE, HOME
    }

    public PosterTarget {
        if (type == null) {
            throw new IllegalArgumentException("A poster target needs a type");
        }
        if (type != Type.HOME && (key == null || key.isBlank())) {
            throw new IllegalArgumentException("A " + type + " target needs a key");
        }
        if (type == Type.HOME) {
            key = null;
        }
    }

    public static PosterTarget service(String key) {
        return new PosterTarget(Type.SERVICE, key);
    }

    public static PosterTarget home() {
        return new PosterTarget(Type.HOME, null);
    }
}
