package org.wegweiser.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A whole organisation's content in the versioned exchange format of
 * {@code docs/content-package.md}. Also the form in which a revision is published.
 * Immutable: every list is copied.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "schemaVersion", "organisation", "languages", "sites", "offices",
        "partnerPlaces", "topics", "documentTypes", "services", "announcements", "translationStates"})
public record ContentPackage(
        String format,
        int schemaVersion,
        Organisation organisation,
        List<Language> languages,
        List<Site> sites,
        List<Office> offices,
        List<PartnerPlace> partnerPlaces,
        List<Topic> topics,
        List<DocumentType> documentTypes,
        List<Service> services,
        List<Announcement> announcements,
        List<TranslationState> translationStates) {

    public static final String FORMAT = "wegweiser-content";
    public static final int SCHEMA_VERSION = 1;

    public ContentPackage {
        languages = copy(languages);
        sites = copy(sites);
        offices = copy(offices);
        partnerPlaces = copy(partnerPlaces);
        topics = copy(topics);
        documentTypes = copy(documentTypes);
        services = copy(services);
        announcements = copy(announcements);
        translationStates = copy(translationStates);
    }

    /** The same package with one service changed, for editors and tests; the rest stays as it is. */
    public ContentPackage withService(String key, java.util.function.UnaryOperator<Service> change) {
        var changed = services.stream().map(s -> s.key().equals(key) ? change.apply(s) : s).toList();
        return new ContentPackage(format, schemaVersion, organisation, languages, sites, offices, partnerPlaces, topics,
                documentTypes, changed, announcements, translationStates);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.EMPTY : text;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Organisation(LocalizedText name, String logo, String primaryColor, String accentColor,
                               String defaultLanguage, String timeZone, String publicBaseUrl) {
        public Organisation {
            name = orEmpty(name);
        }
    }

    public record Language(String code, String nativeName, String direction, boolean enabled) {
        public boolean rightToLeft() {
            return "RTL".equals(direction);
        }
    }

    public record OpeningPeriod(String day, String opens, String closes) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Site(String key, LocalizedText name, String street, String postalCode, String city,
                       List<OpeningPeriod> openingHours, List<Building> buildings) {
        public Site {
            name = orEmpty(name);
            openingHours = copy(openingHours);
            buildings = copy(buildings);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Building(String key, LocalizedText name, List<Floor> floors) {
        public Building {
            name = orEmpty(name);
            floors = copy(floors);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Floor(String key, int level, LocalizedText name, String planImage, List<Room> rooms) {
        public Floor {
            name = orEmpty(name);
            rooms = copy(rooms);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Room(String key, String number, LocalizedText name, Double x, Double y, boolean stepFree) {
        public Room {
            name = orEmpty(name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Office(String key, LocalizedText name, LocalizedText description, List<String> rooms,
                         String phone, String email, String appointmentUrl, String appointmentPhone,
                         List<OpeningPeriod> openingHours, List<OpeningException> exceptions) {
        public Office {
            name = orEmpty(name);
            description = orEmpty(description);
            rooms = copy(rooms);
            openingHours = copy(openingHours);
            exceptions = copy(exceptions);
        }
    }

    /** A day or date range on which an office is closed or keeps other hours. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OpeningException(String from, String to, boolean closed, String opens, String closes,
                                   LocalizedText note) {
        public OpeningException {
            note = orEmpty(note);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PartnerPlace(String key, LocalizedText name, LocalizedText description, String street,
                               String postalCode, String city, String phone, String email, String website,
                               String mapUrl, List<OpeningPeriod> openingHours, LocalizedText directions) {
        public PartnerPlace {
            name = orEmpty(name);
            description = orEmpty(description);
            openingHours = copy(openingHours);
            directions = orEmpty(directions);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Topic(String key, String pictogram, LocalizedText title, LocalizedText description) {
        public Topic {
            title = orEmpty(title);
            description = orEmpty(description);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DocumentType(String key, String pictogram, LocalizedText name, LocalizedText description) {
        public DocumentType {
            name = orEmpty(name);
            description = orEmpty(description);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Service(String key, String pictogram, LocalizedText title, LocalizedText summary,
                          LocalizedText whatHappens, String office, List<String> rooms, String partnerPlace,
                          List<String> topics, List<ChecklistItem> checklist, LocalizedText fees,
                          boolean appointmentRequired, String onlineUrl, String leikaKey,
                          LocalizedText keywords) {
        public Service withTitle(LocalizedText newTitle) {
            return new Service(key, pictogram, newTitle, summary, whatHappens, office, rooms, partnerPlace, topics,
                    checklist, fees, appointmentRequired, onlineUrl, leikaKey, keywords);
        }

        public Service withSummary(LocalizedText newSummary) {
            return new Service(key, pictogram, title, newSummary, whatHappens, office, rooms, partnerPlace, topics,
                    checklist, fees, appointmentRequired, onlineUrl, leikaKey, keywords);
        }

        public Service withRooms(List<String> newRooms) {
            return new Service(key, pictogram, title, summary, whatHappens, office, newRooms, partnerPlace, topics,
                    checklist, fees, appointmentRequired, onlineUrl, leikaKey, keywords);
        }

        public Service {
            title = orEmpty(title);
            summary = orEmpty(summary);
            whatHappens = orEmpty(whatHappens);
            rooms = copy(rooms);
            topics = copy(topics);
            checklist = copy(checklist);
            fees = orEmpty(fees);
            keywords = orEmpty(keywords);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ChecklistItem(String documentType, boolean optional, LocalizedText note) {
        public ChecklistItem {
            note = orEmpty(note);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Announcement(String key, LocalizedText text, String validFrom, String validUntil,
                               List<String> sites) {
        public Announcement {
            text = orEmpty(text);
            sites = copy(sites);
        }
    }

    /** A translation that is not yet reviewed: DRAFT or OUTDATED. */
    public record TranslationState(String entity, String key, String field, String language, String status) {
    }
}
