package org.wegweiser.translation;

/** Someone else saved the same text in between; {@link #current()} is what is stored now. */
public class TranslationConflictException extends RuntimeException {

    private final TranslationRow current;

    public TranslationConflictException(TranslationRow current) {
        super("Someone else saved " + current.entity() + " '" + current.key() + "' " + current.field() + " ["
                + current.language() + "] in the meantime");
        this.current = current;
    }

    public TranslationRow current() {
        return current;
    }
}
