package org.wegweiser.publishing;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackage.Announcement;
import org.wegweiser.content.ContentPackage.Language;
import org.wegweiser.content.ContentPackage.Office;
import org.wegweiser.content.ContentPackage.Service;
import org.wegweiser.content.ContentPackage.Topic;
import org.wegweiser.content.LocalizedText;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One published revision as the public side sees it: immutable, indexed by key, with
 * texts resolved in a language and falling back to the default language.
 */
public final class ContentSnapshot {

    private final Revision revision;
    private final ContentPackage content;
    private final Map<String, Language> languages;
    private final Map<String, Topic> topics;
    private final Map<String, Service> services;
    private final Map<String, Office> offices;
    private final Map<String, ContentPackage.DocumentType> documentTypes;
    private final Map<String, ContentPackage.PartnerPlace> partnerPlaces;
    private final Map<String, RoomPlace> rooms;

    public ContentSnapshot(Revision revision, ContentPackage content) {
        this.revision = revision;
        this.content = content;
        this.languages = index(content.languages().stream().filter(Language::enabled), Language::code);
        this.topics = index(content.topics().stream(), Topic::key);
        this.services = index(content.services().stream(), Service::key);
        this.offices = index(content.offices().stream(), Office::key);
        this.documentTypes = index(content.documentTypes().stream(), ContentPackage.DocumentType::key);
        this.partnerPlaces = index(content.partnerPlaces().stream(), ContentPackage.PartnerPlace::key);
        this.rooms = index(content.sites().stream().flatMap(site -> site.buildings().stream()
                .flatMap(building -> building.floors().stream().flatMap(floor -> floor.rooms().stream()
                        .map(room -> new RoomPlace(site, building, floor, room))))), p -> p.room().key());
    }

    /** The snapshot of a stored content package (JSON, see {@link org.wegweiser.content.ContentPackageCodec}). */
    public static ContentSnapshot of(Revision revision, String json) {
        return new ContentSnapshot(revision, org.wegweiser.content.ContentPackageCodec.read(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Where a room is: its site, building and floor. */
    public record RoomPlace(ContentPackage.Site site, ContentPackage.Building building, ContentPackage.Floor floor,
                            ContentPackage.Room room) {
    }

    private static <T> Map<String, T> index(Stream<T> items, Function<T, String> key) {
        return items.collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Revision revision() {
        return revision;
    }

    public ContentPackage content() {
        return content;
    }

    public ContentPackage.Organisation organisation() {
        return content.organisation();
    }

    public String defaultLanguage() {
        return content.organisation().defaultLanguage();
    }

    public ZoneId timeZone() {
        return ZoneId.of(content.organisation().timeZone());
    }

    /** The enabled languages, in the order editors chose. */
    public List<Language> languages() {
        return List.copyOf(languages.values());
    }

    public Optional<Language> language(String code) {
        return Optional.ofNullable(languages.get(code));
    }

    /** The languages to try for a text, best first. */
    public List<String> fallbacks(String language) {
        return Stream.of(language, defaultLanguage()).distinct().toList();
    }

    public String text(LocalizedText text, String language) {
        return text.in(fallbacks(language));
    }

    /** The language a text is actually shown in, for {@code lang} and {@code dir} on the element. */
    public Language languageOf(LocalizedText text, String language) {
        String code = text.languageOf(fallbacks(language));
        return languages.getOrDefault(code == null ? language : code, languages.get(defaultLanguage()));
    }

    public List<Topic> topics() {
        return content.topics();
    }

    public Optional<Topic> topic(String key) {
        return Optional.ofNullable(topics.get(key));
    }

    public List<Service> services() {
        return content.services();
    }

    public Optional<Service> service(String key) {
        return Optional.ofNullable(services.get(key));
    }

    public List<Service> servicesOf(String topicKey) {
        return content.services().stream().filter(s -> s.topics().contains(topicKey)).toList();
    }

    public Optional<Office> office(String key) {
        return Optional.ofNullable(key == null ? null : offices.get(key));
    }

    public Optional<ContentPackage.DocumentType> documentType(String key) {
        return Optional.ofNullable(documentTypes.get(key));
    }

    public Optional<ContentPackage.PartnerPlace> partnerPlace(String key) {
        return Optional.ofNullable(key == null ? null : partnerPlaces.get(key));
    }

    public Optional<RoomPlace> room(String key) {
        return Optional.ofNullable(rooms.get(key));
    }

    /** Announcements valid at the given local time, for the site (or for all sites). */
    public List<Announcement> announcements(String siteKey, LocalDateTime now) {
        return content.announcements().stream()
                .filter(a -> !LocalDateTime.parse(a.validFrom()).isAfter(now)
                        && LocalDateTime.parse(a.validUntil()).isAfter(now))
                .filter(a -> a.sites().isEmpty() || siteKey == null || a.sites().contains(siteKey))
                .toList();
    }
}
