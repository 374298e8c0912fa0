package org.wegweiser.content;

/** A topic or a document type as its editor shows it: a pictogram, a German name and description. */
public record NamedDraft(String key, int version, String pictogram, String name, String description) {

    NamedDraft withVersion(int newVersion) {
        return new NamedDraft(key, newVersion, pictogram, name, description);
    }

    /** The kinds of content that are only a pictogram, a name and a description. */
    public enum Kind {
        TOPIC("topic"), DOCUMENT_TYPE("document_type");

        /** As content kinds are named in translations and the audit log. */
        public final String entity;

        Kind(String entity) {
            this.entity = entity;
        }
    }
}
