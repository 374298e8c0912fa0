package org.wegweiser.publishing;

import org.wegweiser.content.ContentPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The kinds of content that have a history of their own, named as the lists of a content package. */
public enum ContentKind {
    SITES("sites", ContentPackage::sites, ContentPackage.Site::key),
    OFFICES("offices", ContentPackage::offices, ContentPackage.Office::key),
    PARTNER_PLACES("partnerPlaces", ContentPackage::partnerPlaces, ContentPackage.PartnerPlace::key),
    TOPICS("topics", ContentPackage::topics, ContentPackage.Topic::key),
    DOCUMENT_TYPES("documentTypes", ContentPackage::documentTypes, ContentPackage.DocumentType::key),
    SERVICES("services", ContentPackage::services, ContentPackage.Service::key),
    ANNOUNCEMENTS("announcements", ContentPackage::announcements, ContentPackage.Announcement::key);

    private final String list;
    private final Function<ContentPackage, List<?>> items;
    private final Function<Object, String> key;

    @SuppressWarnings("unchecked")
    <T> ContentKind(String list, Function<ContentPackage, List<T>> items, Function<T, String> key) {
        this.list = list;
        this.items = (Function<ContentPackage, List<?>>) (Function<?, ?>) items;
        this.key = (Function<Object, String>) key;
    }

    public String list() {
        return list;
    }

    public List<?> items(ContentPackage content) {
        return items.apply(content);
    }

    public String keyOf(Object item) {
        return key.apply(item);
    }

    public Optional<Object> find(ContentPackage content, String key) {
        return items(content).stream().filter(item -> keyOf(item).equals(key)).map(Object.class::cast).findFirst();
    }

    /** The package with this item in place of the one with its key (at the end when there is none). */
    ContentPackage with(ContentPackage content, Object item) {
        var list = new ArrayList<Object>(items(content));
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (keyOf(list.get(i)).equals(keyOf(item))) {
                index = i;
            }
        }
        if (index >= 0) {
            list.set(index, item);
        } else {
            list.add(item);
        }
        return replace(content, list);
    }

    /** A package with only this item, so its texts can be listed on their own. */
    ContentPackage alone(Object item) {
        var empty = new ContentPackage(ContentPackage.FORMAT, ContentPackage.SCHEMA_VERSION, null, null, null, null,
                null, null, null, null, null, null);
        return replace(empty, List.of(item));
    }

    @SuppressWarnings("unchecked")
    private ContentPackage replace(ContentPackage c, List<?> list) {
        return new ContentPackage(c.format(), c.schemaVersion(), c.organisation(), c.languages(),
                this == SITES ? (List<ContentPackage.Site>) list : c.sites(),
                this == OFFICES ? (List<ContentPackage.Office>) list : c.offices(),
                this == PARTNER_PLACES ? (List<ContentPackage.PartnerPlace>) list : c.partnerPlaces(),
                this == TOPICS ? (List<ContentPackage.Topic>) list : c.topics(),
                this == DOCUMENT_TYPES ? (List<ContentPackage.DocumentType>) list : c.documentTypes(),
                this == SERVICES ? (List<ContentPackage.Service>) list : c.services(),
                this == ANNOUNCEMENTS ? (List<ContentPackage.Announcement>) list : c.announcements(),
                c.translationStates());
    }
}
