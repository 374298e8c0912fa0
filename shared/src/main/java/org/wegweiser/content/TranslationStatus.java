package org.wegweiser.content;

/** Where a translation stands. MISSING is never stored: it is the absence of a row. */
public enum TranslationStatus {
    MISSING, DRAFT, REVIEWED, OUTDATED
}
