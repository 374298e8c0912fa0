package org.wegweiser.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentTexts;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.content.TextField;
import org.wegweiser.content.TranslationStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a validated content package into the draft tables and reads the drafts back as a
 * package. Writing updates rows in place by key, so ids (and what points at them, such as
 * kiosks and posters) survive an import; content the package no longer has is removed.
 */
@Component
public class ContentStore {

    /** The kind of the organisation settings: one row, whose key is the kind itself. */
    public static final String ORGANISATION = "organisation";

    @PersistenceContext
    private EntityManager em;

    /**
     * Locks one editable row until the transaction ends, so two saves of the same thing run one
     * after the other. Call it first in the transaction: what is read after it includes what the
     * save before committed.
     *
     * @return false when there is no such row
     */
    public boolean lockForEdit(String kind, String key) {
        return !keyed(em.createQuery("select e.id from " + rowOf(kind), Long.class), kind, key)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }

    /** Counts an editor's save in the row's version (its texts live in other rows); call it after the write. */
    public int countEdit(String kind, String key) {
        em.flush();
        keyed(em.createQuery("update " + entityName(kind) + " e set e.version = e.version + 1"
                + (ORGANISATION.equals(kind) ? "" : " where e.slug = :key")), kind, key).executeUpdate();
        return version(kind, key);
    }

    /** The version of one editable row, or null when there is none. */
    public Integer version(String kind, String key) {
        return keyed(em.createQuery("select e.version from " + rowOf(kind), Integer.class), kind, key)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** The editable row of a kind and key, as JPQL after "from"; the organisation is the one row without a key. */
    private static String rowOf(String kind) {
        return entityName(kind) + " e" + (ORGANISATION.equals(kind) ? "" : " where e.slug = :key");
    }

    @SuppressWarnings("unchecked")
    private static <Q extends jakarta.persistence.Query> Q keyed(Q query, String kind, String key) {
        return ORGANISATION.equals(kind) ? query : (Q) query.setParameter("key", key);
    }

    private static String entityName(String kind) {
        return switch (kind) {
            case ORGANISATION -> "OrganisationEntity";
            case "service" -> "ServiceEntity";
            case "office" -> "OfficeEntity";
            case "site" -> "SiteEntity";
            case "building" -> "BuildingEntity";
            case "floor" -> "FloorEntity";
            case "room" -> "RoomEntity";
            case "topic" -> "TopicEntity";
            case "document_type" -> "DocumentTypeEntity";
            case "announcement" -> "AnnouncementEntity";
            default -> throw new IllegalArgumentException("No editor for " + kind);
        };
    }

    public boolean isEmpty() {
        return em.createQuery("select count(o) from OrganisationEntity o", Long.class).getSingleResult() == 0;
    }

    public void replaceWith(ContentPackage content, Instant now) {
        writeOrganisation(content.organisation());
        var languages = upsert(LanguageEntity.class, l -> l.code, content.languages(), ContentPackage.Language::code,
                LanguageEntity::new, (entity, language, position) -> {
                    entity.code = language.code();
                    entity.nativeName = language.nativeName();
                    entity.direction = language.direction();
                    entity.enabled = language.enabled();
                    entity.position = position;
                });

        var rooms = new HashMap<String, RoomEntity>();
        var sites = upsert(SiteEntity.class, s -> s.slug, content.sites(), ContentPackage.Site::key, SiteEntity::new,
                (site, data, position) -> {
                    site.slug = data.key();
                    site.street = data.street();
                    site.postalCode = data.postalCode();
                    site.city = data.city();
                    site.position = position;
                    replace(site.openingHours, hours(data.openingHours()));
                    replace(site.buildings, children(site.buildings, b -> b.slug, data.buildings(),
                            ContentPackage.Building::key, BuildingEntity::new, (building, b, bp) -> {
                                building.slug = b.key();
                                building.site = site;
                                building.position = bp;
                                replace(building.floors, children(building.floors, f -> f.slug, b.floors(),
                                        ContentPackage.Floor::key, FloorEntity::new, (floor, f, fp) -> {
                                            floor.slug = f.key();
                                            floor.building = building;
                                            floor.level = f.level();
                                            floor.planImage = f.planImage();
                                            floor.position = fp;
                                            replace(floor.rooms, children(floor.rooms, r -> r.slug, f.rooms(),
                                                    ContentPackage.Room::key, RoomEntity::new, (room, r, rp) -> {
                                                        room.slug = r.key();
                                                        room.floor = floor;
                                                        room.number = r.number();
                                                        room.x = r.x();
                                                        room.y = r.y();
                                                        room.stepFree = r.stepFree();
                                                        room.position = rp;
                                                        rooms.put(r.key(), room);
                                                    }));
                                        }));
                            }));
                });
        em.flush();

        var offices = upsert(OfficeEntity.class, o -> o.slug, content.offices(), ContentPackage.Office::key,
                OfficeEntity::new, (office, data, position) -> {
                    office.slug = data.key();
                    office.phone = data.phone();
                    office.email = data.email();
                    office.appointmentUrl = data.appointmentUrl();
                    office.appointmentPhone = data.appointmentPhone();
                    office.position = position;
                    replace(office.rooms, data.rooms().stream().map(rooms::get).toList());
                    replace(office.openingHours, hours(data.openingHours()));
                    replace(office.exceptions, children(office.exceptions, e -> e.from.toString(), data.exceptions(),
                            ContentPackage.OpeningException::from, OfficeExceptionEntity::new, (exception, e, ep) -> {
                                exception.office = office;
                                exception.from = LocalDate.parse(e.from());
                                exception.to = LocalDate.parse(e.to());
                                exception.closed = e.closed();
                                exception.opens = time(e.opens());
                                exception.closes = time(e.closes());
                                exception.position = ep;
                            }));
                });
        var places = upsert(PartnerPlaceEntity.class, p -> p.slug, content.partnerPlaces(),
                ContentPackage.PartnerPlace::key, PartnerPlaceEntity::new, (place, data, position) -> {
                    place.slug = data.key();
                    place.street = data.street();
                    place.postalCode = data.postalCode();
                    place.city = data.city();
                    place.phone = data.phone();
                    place.email = data.email();
                    place.website = data.website();
                    place.mapUrl = data.mapUrl();
                    place.position = position;
                    replace(place.openingHours, hours(data.openingHours()));
                });
        var topics = upsert(TopicEntity.class, t -> t.slug, content.topics(), ContentPackage.Topic::key,
                TopicEntity::new, (topic, data, position) -> {
                    topic.slug = data.key();
                    topic.pictogram = data.pictogram();
                    topic.position = position;
                });
        var types = upsert(DocumentTypeEntity.class, d -> d.slug, content.documentTypes(),
                ContentPackage.DocumentType::key, DocumentTypeEntity::new, (type, data, position) -> {
                    type.slug = data.key();
                    type.pictogram = data.pictogram();
                    type.position = position;
                });
        em.flush();

        var services = upsert(ServiceEntity.class, s -> s.slug, content.services(), ContentPackage.Service::key,
                ServiceEntity::new, (service, data, position) -> {
                    service.slug = data.key();
                    service.pictogram = data.pictogram();
                    service.office = data.office() == null ? null : offices.kept.get(data.office());
                    service.partnerPlace = data.partnerPlace() == null ? null : places.kept.get(data.partnerPlace());
                    service.appointmentRequired = data.appointmentRequired();
                    service.onlineUrl = data.onlineUrl();
                    service.leikaKey = data.leikaKey();
                    service.position = position;
                    replace(service.rooms, data.rooms().stream().map(rooms::get).toList());
                    replace(service.topics, data.topics().stream().map(topics.kept::get).toList());
                    replace(service.checklist, children(service.checklist, c -> c.documentType.slug, data.checklist(),
                            ContentPackage.ChecklistItem::documentType, ChecklistItemEntity::new, (item, c, cp) -> {
                                item.service = service;
                                item.documentType = types.kept.get(c.documentType());
                                item.optional = c.optional();
                                item.position = cp;
                            }));
                });
        var announcements = upsert(AnnouncementEntity.class, a -> a.slug, content.announcements(),
                ContentPackage.Announcement::key, AnnouncementEntity::new, (announcement, data, position) -> {
                    announcement.slug = data.key();
                    announcement.validFrom = LocalDateTime.parse(data.validFrom());
                    announcement.validUntil = LocalDateTime.parse(data.validUntil());
                    announcement.position = position;
                    replace(announcement.sites, data.sites().stream().map(sites.kept::get).toList());
                });
        em.flush();

        // Remove what the package no longer has, those that point at others first.
        announcements.removeLeftovers();
        services.removeLeftovers();
        em.flush();
        offices.removeLeftovers();
        places.removeLeftovers();
        topics.removeLeftovers();
        types.removeLeftovers();
        sites.removeLeftovers();
        languages.removeLeftovers();
        em.flush();

        writeTranslations(content, now);
        em.flush();
    }

    private void writeOrganisation(ContentPackage.Organisation data) {
        var all = em.createQuery("select o from OrganisationEntity o order by o.id", OrganisationEntity.class)
                .getResultList();
        var organisation = all.isEmpty() ? new OrganisationEntity() : all.getFirst();
        organisation.logo = data.logo();
        organisation.primaryColor = data.primaryColor();
        organisation.accentColor = data.accentColor();
        organisation.defaultLanguage = data.defaultLanguage();
        organisation.timeZone = data.timeZone();
        organisation.publicBaseUrl = data.publicBaseUrl();
        if (organisation.id == null) {
            em.persist(organisation);
        }
    }

    private void writeTranslations(ContentPackage content, Instant now) {
        String source = content.organisation().defaultLanguage();
        var states = new HashMap<String, TranslationStatus>();
        content.translationStates().forEach(state -> states.put(
                id(state.entity(), state.key(), state.field(), state.language()),
                TranslationStatus.valueOf(state.status())));
        var existing = new HashMap<String, TranslationEntity>();
        for (var row : em.createQuery("select t from TranslationEntity t", TranslationEntity.class).getResultList()) {
            existing.put(id(row.entityType, row.entitySlug, row.field, row.languageCode), row);
        }
        for (TextField field : ContentTexts.of(content)) {
            String sourceText = field.text().texts().get(source);
            var oldSourceRow = existing.get(id(field.entity(), field.key(), field.field(), source));
            boolean sourceChanged = oldSourceRow != null && !Objects.equals(oldSourceRow.body, sourceText);
            field.text().texts().forEach((language, text) -> {
                String id = id(field.entity(), field.key(), field.field(), language);
                var row = existing.remove(id);
                if (row == null) {
                    row = new TranslationEntity();
                    row.entityType = field.entity();
                    row.entitySlug = field.key();
                    row.field = field.field();
                    row.languageCode = language;
                }
                boolean isSource = language.equals(source);
                var status = isSource ? TranslationStatus.REVIEWED
                        : states.getOrDefault(id, TranslationStatus.REVIEWED);
                String translatedFrom;
                if (isSource) {
                    translatedFrom = null;
                } else if (row.id == null || !text.equals(row.body)) {
                    // A new or rewritten translation was made from the package's German, unless the
                    // package itself says it is outdated: then what it was made from is not known.
                    translatedFrom = status == TranslationStatus.OUTDATED ? null : sourceText;
                } else {
                    // The translation is unchanged: it is outdated exactly when its German changed
                    // away from the text it was translated from (restoring that text is no change).
                    translatedFrom = row.sourceText;
                    if (sourceChanged && !Objects.equals(row.sourceText, sourceText)) {
                        status = TranslationStatus.OUTDATED;
                    }
                }
                if (row.id == null || !text.equals(row.body) || status != row.status
                        || !Objects.equals(translatedFrom, row.sourceText)) {
                    row.body = text;
                    row.status = status;
                    row.sourceText = translatedFrom;
                    row.updatedAt = now;
                }
                if (row.id == null) {
                    em.persist(row);
                }
            });
        }
        existing.values().forEach(em::remove);
    }

    public ContentPackage read() {
        var organisation = em.createQuery("select o from OrganisationEntity o order by o.id", OrganisationEntity.class)
                .getResultList().getFirst();
        var languages = list(LanguageEntity.class);
        var order = languages.stream().map(l -> l.code).toList();
        var texts = new HashMap<String, Map<String, String>>();
        var states = new HashMap<String, TranslationStatus>();
        for (var row : em.createQuery("select t from TranslationEntity t", TranslationEntity.class).getResultList()) {
            texts.computeIfAbsent(id(row.entityType, row.entitySlug, row.field, ""), k -> new HashMap<>())
                    .put(row.languageCode, row.body);
            if (row.status != TranslationStatus.REVIEWED) {
                states.put(id(row.entityType, row.entitySlug, row.field, row.languageCode), row.status);
            }
        }
        Function<String, LocalizedText> text = id -> {
            var byLanguage = texts.getOrDefault(id, Map.of());
            var ordered = new LinkedHashMap<String, String>();
            order.stream().filter(byLanguage::containsKey).forEach(l -> ordered.put(l, byLanguage.get(l)));
            return new LocalizedText(ordered);
        };
        var content = new ContentPackage(ContentPackage.FORMAT, ContentPackage.SCHEMA_VERSION,
                new ContentPackage.Organisation(text.apply(id("organisation", ContentTexts.ORGANISATION_KEY, "name", "")),
                        organisation.logo, organisation.primaryColor, organisation.accentColor,
                        organisation.defaultLanguage, organisation.timeZone, organisation.publicBaseUrl),
                languages.stream().map(l -> new ContentPackage.Language(l.code, l.nativeName, l.direction, l.enabled))
                        .toList(),
                list(SiteEntity.class).stream().map(s -> new ContentPackage.Site(s.slug,
                        text.apply(id("site", s.slug, "name", "")), s.street, s.postalCode, s.city,
                        periods(s.openingHours),
                        s.buildings.stream().map(b -> new ContentPackage.Building(b.slug,
                                text.apply(id("building", b.slug, "name", "")),
                                b.floors.stream().map(f -> new ContentPackage.Floor(f.slug, f.level,
                                        text.apply(id("floor", f.slug, "name", "")), f.planImage,
                                        f.rooms.stream().map(r -> new ContentPackage.Room(r.slug, r.number,
                                                text.apply(id("room", r.slug, "name", "")), r.x, r.y, r.stepFree))
                                                .toList())).toList())).toList())).toList(),
                list(OfficeEntity.class).stream().map(o -> new ContentPackage.Office(o.slug,
                        text.apply(id("office", o.slug, "name", "")),
                        text.apply(id("office", o.slug, "description", "")),
                        o.rooms.stream().map(r -> r.slug).toList(), o.phone, o.email, o.appointmentUrl,
                        o.appointmentPhone, periods(o.openingHours),
                        o.exceptions.stream().map(e -> new ContentPackage.OpeningException(e.from.toString(),
                                e.to.toString(), e.closed, string(e.opens), string(e.closes),
                                text.apply(id("office_exception", ContentTexts.exceptionKey(o.slug, e.from.toString()),
                                        "note", "")))).toList())).toList(),
                list(PartnerPlaceEntity.class).stream().map(p -> new ContentPackage.PartnerPlace(p.slug,
                        text.apply(id("partner_place", p.slug, "name", "")),
                        text.apply(id("partner_place", p.slug, "description", "")), p.street, p.postalCode, p.city,
                        p.phone, p.email, p.website, p.mapUrl, periods(p.openingHours),
                        text.apply(id("partner_place", p.slug, "directions", "")))).toList(),
                list(TopicEntity.class).stream().map(t -> new ContentPackage.Topic(t.slug, t.pictogram,
                        text.apply(id("topic", t.slug, "title", "")),
                        text.apply(id("topic", t.slug, "description", "")))).toList(),
                list(DocumentTypeEntity.class).stream().map(d -> new ContentPackage.DocumentType(d.slug, d.pictogram,
                        text.apply(id("document_type", d.slug, "name", "")),
                        text.apply(id("document_type", d.slug, "description", "")))).toList(),
                list(ServiceEntity.class).stream().map(s -> new ContentPackage.Service(s.slug, s.pictogram,
                        text.apply(id("service", s.slug, "title", "")),
                        text.apply(id("service", s.slug, "summary", "")),
                        text.apply(id("service", s.slug, "whatHappens", "")),
                        s.office == null ? null : s.office.slug,
                        s.rooms.stream().map(r -> r.slug).toList(),
                        s.partnerPlace == null ? null : s.partnerPlace.slug,
                        s.topics.stream().map(t -> t.slug).toList(),
                        s.checklist.stream().map(c -> new ContentPackage.ChecklistItem(c.documentType.slug, c.optional,
                                text.apply(id("checklist_item", ContentTexts.checklistKey(s.slug, c.documentType.slug),
                                        "note", "")))).toList(),
                        text.apply(id("service", s.slug, "fees", "")), s.appointmentRequired, s.onlineUrl,
                        s.leikaKey, text.apply(id("service", s.slug, "keywords", "")))).toList(),
                list(AnnouncementEntity.class).stream().map(a -> new ContentPackage.Announcement(a.slug,
                        text.apply(id("announcement", a.slug, "text", "")), a.validFrom.toString(),
                        a.validUntil.toString(), a.sites.stream().map(s -> s.slug).toList())).toList(),
                List.of());
        var translationStates = new ArrayList<ContentPackage.TranslationState>();
        for (TextField field : ContentTexts.of(content)) {
            for (String language : field.text().texts().keySet()) {
                var status = states.get(id(field.entity(), field.key(), field.field(), language));
                if (status != null) {
                    translationStates.add(new ContentPackage.TranslationState(field.entity(), field.key(),
                            field.field(), language, status.name()));
                }
            }
        }
        return new ContentPackage(content.format(), content.schemaVersion(), content.organisation(),
                content.languages(), content.sites(), content.offices(), content.partnerPlaces(), content.topics(),
                content.documentTypes(), content.services(), content.announcements(), translationStates);
    }

    private <T> List<T> list(Class<T> type) {
        return em.createQuery("select e from " + type.getSimpleName() + " e order by e.position", type)
                .getResultList();
    }

    private static String id(String entity, String key, String field, String language) {
        return entity + "|" + key + "|" + field + "|" + language;
    }

    private static List<OpeningPeriodRow> hours(List<ContentPackage.OpeningPeriod> periods) {
        return periods.stream().map(p -> new OpeningPeriodRow(DayOfWeek.valueOf(p.day()), LocalTime.parse(p.opens()),
                LocalTime.parse(p.closes()))).toList();
    }

    private static List<ContentPackage.OpeningPeriod> periods(List<OpeningPeriodRow> rows) {
        return rows.stream().map(r -> new ContentPackage.OpeningPeriod(r.day.name(), r.opens.toString(),
                r.closes.toString())).toList();
    }

    private static LocalTime time(String value) {
        return value == null ? null : LocalTime.parse(value);
    }

    private static String string(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static <T> void replace(List<T> target, List<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    /** Children of one parent, matched by key: kept ones updated, new ones created, the rest dropped. */
    private static <E, D> List<E> children(List<E> current, Function<E, String> slug, List<D> data,
                                           Function<D, String> key, Supplier<E> create, Writer<E, D> writer) {
        var byKey = new HashMap<String, E>();
        current.forEach(e -> byKey.put(slug.apply(e), e));
        var result = new ArrayList<E>();
        for (int i = 0; i < data.size(); i++) {
            D item = data.get(i);
            E entity = byKey.containsKey(key.apply(item)) ? byKey.get(key.apply(item)) : create.get();
            writer.write(entity, item, i);
            result.add(entity);
        }
        return result;
    }

    private <E, D> Upserted<E> upsert(Class<E> type, Function<E, String> slug, List<D> data, Function<D, String> key,
                                      Supplier<E> create, Writer<E, D> writer) {
        var existing = new HashMap<String, E>();
        em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultList()
                .forEach(e -> existing.put(slug.apply(e), e));
        var kept = new HashMap<String, E>();
        for (int i = 0; i < data.size(); i++) {
            D item = data.get(i);
            E entity = existing.remove(key.apply(item));
            boolean isNew = entity == null;
            if (isNew) {
                entity = create.get();
            }
            writer.write(entity, item, i);
            if (isNew) {
                em.persist(entity);
            }
            kept.put(key.apply(item), entity);
        }
        return new Upserted<>(kept, existing.values());
    }

    private final class Upserted<E> {
        final Map<String, E> kept;
        final java.util.Collection<E> leftovers;

        Upserted(Map<String, E> kept, java.util.Collection<E> leftovers) {
            this.kept = kept;
            this.leftovers = leftovers;
        }

        void removeLeftovers() {
            leftovers.forEach(em::remove);
        }
    }

    @FunctionalInterface
    private interface Writer<E, D> {
        void write(E entity, D data, int position);
    }
}
