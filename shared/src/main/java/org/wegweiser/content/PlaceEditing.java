package org.wegweiser.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.internal.ContentStore;
import org.wegweiser.upload.ImageUploads;
import org.wegweiser.upload.ImageUse;
import org.wegweiser.user.CurrentUser;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * The editors of where things are: sites, their buildings, floors (with the floor plan) and rooms
 * (with where they are on the plan). Names are German text of the draft like every other edit (see
 * {@link ContentEditing}), so their translations go outdated when the German changes. A building,
 * floor or room keeps the parent it was created in: moving one would give it a new row, and
 * offices, services and kiosks point at the old one.
 */
@Service
public class PlaceEditing {

    /** The slug columns of sites, buildings, floors and rooms are 64 characters wide. */
    public static final int KEY_MAX = 64;
    public static final int NUMBER_MAX = 32;
    static final int LEVEL_MIN = -9;
    static final int LEVEL_MAX = 99;

    private final ContentEditing editing;
    private final ContentStore store;
    private final ContentPackageService packages;
    private final ImageUploads uploads;
    private final ContentAssets assets;
    private final AuditLog audit;

    public PlaceEditing(ContentEditing editing, ContentStore store, ContentPackageService packages,
                        ImageUploads uploads, ContentAssets assets, AuditLog audit) {
        this.editing = editing;
        this.store = store;
        this.packages = packages;
        this.uploads = uploads;
        this.assets = assets;
        this.audit = audit;
    }

    // Sites

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<SiteDraft> sites() {
        return sitesIn(packages.draft(), versions("site"));
    }

    /** @throws IllegalArgumentException when the draft has no such site */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public SiteDraft site(String key) {
        return one(sitesIn(packages.draft(), versions("site")), SiteDraft::key, key, "site");
    }

    /**
     * @throws EditConflict when someone else saved the site after {@code opened} was read
     * @throws EditRefused  when a field is not valid
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public SiteDraft saveSite(SiteDraft opened, SiteDraft edited) {
        String key = opened.key();
        return editing.save("site", key, opened, edited, PlaceEditing::check,
                (content, source) -> withSites(content, content.sites().stream()
                        .map(s -> s.key().equals(key) ? site(s, edited, source) : s).toList()),
                (content, version) -> one(sitesIn(content, k -> version), SiteDraft::key, key, "site"));
    }

    /** @throws EditRefused when the key is taken or not valid, or a field is not valid */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public SiteDraft createSite(SiteDraft created) {
        return create("site", created.key(), created, content -> sitesIn(content, k -> 0).stream().map(SiteDraft::key),
                content -> null, PlaceEditing::check,
                (content, source) -> withSites(content, appended(content.sites(), site(new ContentPackage.Site(
                        created.key(), null, null, null, null, null, null), created, source))),
                content -> one(sitesIn(content, versions("site")), SiteDraft::key, created.key(), "site"));
    }

    // Buildings

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<BuildingDraft> buildings() {
        return buildingsIn(packages.draft(), versions("building"));
    }

    /** @throws IllegalArgumentException when the draft has no such building */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public BuildingDraft building(String key) {
        return one(buildings(), BuildingDraft::key, key, "building");
    }

    /**
     * @throws EditConflict when someone else saved the building after {@code opened} was read
     * @throws EditRefused  when a field is not valid or the building would move to another site
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public BuildingDraft saveBuilding(BuildingDraft opened, BuildingDraft edited) {
        String key = opened.key();
        return editing.save("building", key, opened, edited, (d, problems) -> {
                    check(d, problems);
                    stays("site", opened.site(), d.site(), problems);
                }, (content, source) -> withSites(content, content.sites().stream().map(s -> new ContentPackage.Site(
                        s.key(), s.name(), s.street(), s.postalCode(), s.city(), s.openingHours(),
                        s.buildings().stream().map(b -> b.key().equals(key) ? new ContentPackage.Building(key,
                                ContentEditing.german(b.name(), edited.name(), source), b.floors()) : b).toList()))
                        .toList()),
                (content, version) -> one(buildingsIn(content, k -> version), BuildingDraft::key, key, "building"));
    }

    /** @throws EditRefused when the key is taken or not valid, there is no such site, or a field is not valid */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public BuildingDraft createBuilding(BuildingDraft created) {
        return create("building", created.key(), created,
                content -> buildingsIn(content, k -> 0).stream().map(BuildingDraft::key),
                content -> new Parent("site", created.site(), content.sites().stream().map(ContentPackage.Site::key)),
                PlaceEditing::check,
                (content, source) -> withSites(content, content.sites().stream().map(s -> !s.key().equals(created.site())
                        ? s : new ContentPackage.Site(s.key(), s.name(), s.street(), s.postalCode(), s.city(),
                        s.openingHours(), appended(s.buildings(), new ContentPackage.Building(created.key(),
                        ContentEditing.german(LocalizedText.EMPTY, created.name(), source), List.of()))))
                        .toList()),
                content -> one(buildingsIn(content, versions("building")), BuildingDraft::key, created.key(),
                        "building"));
    }

    // Floors

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<FloorDraft> floors() {
        return floorsIn(packages.draft(), versions("floor"));
    }

    /** @throws IllegalArgumentException when the draft has no such floor */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public FloorDraft floor(String key) {
        return one(floors(), FloorDraft::key, key, "floor");
    }

    /**
     * Saves a floor, and with it the plan uploaded by {@link #storePlan} when {@code edited} names it.
     *
     * @throws EditConflict when someone else saved the floor after {@code opened} was read
     * @throws EditRefused  when a field is not valid or the floor would move to another building
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public FloorDraft saveFloor(FloorDraft opened, FloorDraft edited) {
        String key = opened.key();
        return editing.save("floor", key, opened, edited, (d, problems) -> {
                    check(d, problems);
                    stays("building", opened.building(), d.building(), problems);
                }, (content, source) -> mapFloors(content, f -> !f.key().equals(key) ? f
                        : new ContentPackage.Floor(key, edited.level(),
                        ContentEditing.german(f.name(), edited.name(), source),
                        ContentEditing.blankToNull(edited.planImage()), f.rooms())),
                (content, version) -> one(floorsIn(content, k -> version), FloorDraft::key, key, "floor"));
    }

    /** @throws EditRefused when the key is taken or not valid, there is no such building, or a field is not valid */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public FloorDraft createFloor(FloorDraft created) {
        return create("floor", created.key(), created, content -> floorsIn(content, k -> 0).stream().map(FloorDraft::key),
                content -> new Parent("building", created.building(),
                        buildingsIn(content, k -> 0).stream().map(BuildingDraft::key)),
                PlaceEditing::check,
                (content, source) -> withSites(content, content.sites().stream().map(s -> new ContentPackage.Site(
                        s.key(), s.name(), s.street(), s.postalCode(), s.city(), s.openingHours(),
                        s.buildings().stream().map(b -> !b.key().equals(created.building()) ? b
                                : new ContentPackage.Building(b.key(), b.name(), appended(b.floors(),
                                new ContentPackage.Floor(created.key(), created.level(),
                                        ContentEditing.german(LocalizedText.EMPTY, created.name(), source),
                                        ContentEditing.blankToNull(created.planImage()), List.of())))).toList()))
                        .toList()),
                content -> one(floorsIn(content, versions("floor")), FloorDraft::key, created.key(), "floor"));
    }

    /**
     * Checks an uploaded floor plan ({@link ImageUploads}: PNG or JPEG by its bytes, size and pixel
     * limits, re-encoded) and keeps it. The floor shows it once it is saved with the returned name.
     *
     * @return the plan's asset name, for {@link FloorDraft#planImage()}
     * @throws org.wegweiser.upload.UploadRefused when the file is not accepted
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public String storePlan(String fileName, InputStream content) {
        String name = assets.store(uploads.accept(fileName, content, ImageUse.FLOOR_PLAN));
        audit.record(CurrentUser.name(), "UPLOAD", "asset", name, fileName);
        return name;
    }

    /** A floor plan to show in the editors: an uploaded one or one of signage-assets. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public Optional<ContentAssets.Asset> plan(String planImage) {
        return assets.find(planImage);
    }

    // Rooms

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<RoomDraft> rooms() {
        return roomsIn(packages.draft(), versions("room"));
    }

    /** @throws IllegalArgumentException when the draft has no such room */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public RoomDraft room(String key) {
        return one(rooms(), RoomDraft::key, key, "room");
    }

    /**
     * @throws EditConflict when someone else saved the room after {@code opened} was read
     * @throws EditRefused  when a field is not valid or the room would move to another floor
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public RoomDraft saveRoom(RoomDraft opened, RoomDraft edited) {
        String key = opened.key();
        return editing.save("room", key, opened, edited, (d, problems) -> {
                    check(d, problems);
                    stays("floor", opened.floor(), d.floor(), problems);
                }, (content, source) -> mapFloors(content, f -> new ContentPackage.Floor(f.key(), f.level(), f.name(),
                        f.planImage(), f.rooms().stream().map(r -> r.key().equals(key) ? room(r.name(), edited, source)
                        : r).toList())),
                (content, version) -> one(roomsIn(content, k -> version), RoomDraft::key, key, "room"));
    }

    /** @throws EditRefused when the key is taken or not valid, there is no such floor, or a field is not valid */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public RoomDraft createRoom(RoomDraft created) {
        return create("room", created.key(), created, content -> roomsIn(content, k -> 0).stream().map(RoomDraft::key),
                content -> new Parent("floor", created.floor(), floorsIn(content, k -> 0).stream().map(FloorDraft::key)),
                PlaceEditing::check,
                (content, source) -> mapFloors(content, f -> !f.key().equals(created.floor()) ? f
                        : new ContentPackage.Floor(f.key(), f.level(), f.name(), f.planImage(),
                        appended(f.rooms(), room(LocalizedText.EMPTY, created, source)))),
                content -> one(roomsIn(content, versions("room")), RoomDraft::key, created.key(), "room"));
    }

    /**
     * Removes a room that nothing refers to.
     *
     * @throws EditRefused when an office or a service names the room; the detail lists them
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public void deleteRoom(String key) {
        if (!store.lockForEdit("room", key)) {
            throw new IllegalArgumentException("There is no room " + key);
        }
        var content = packages.draft();
        var users = new ArrayList<String>();
        content.offices().stream().filter(o -> o.rooms().contains(key)).forEach(o -> users.add(german(content, o.name())));
        content.services().stream().filter(s -> s.rooms().contains(key))
                .forEach(s -> users.add(german(content, s.title())));
        if (!users.isEmpty()) {
            throw new EditRefused(List.of(new EditRefused.Problem("", "edit.place.inUse", String.join(", ", users))));
        }
        editing.write(mapFloors(content, f -> new ContentPackage.Floor(f.key(), f.level(), f.name(), f.planImage(),
                f.rooms().stream().filter(r -> !r.key().equals(key)).toList())));
        audit.record(CurrentUser.name(), "DELETE", "room", key, null);
    }

    // What every create shares

    /** Where a new building, floor or room goes: the field naming its parent, the key chosen, the keys there are. */
    private record Parent(String field, String key, java.util.stream.Stream<String> existing) {
    }

    private <D> D create(String kind, String key, D created, Function<ContentPackage, java.util.stream.Stream<String>> keys,
                         Function<ContentPackage, Parent> parent, BiConsumer<D, List<EditRefused.Problem>> check,
                         BiFunction<ContentPackage, String, ContentPackage> apply, Function<ContentPackage, D> read) {
        var content = packages.draft();
        var problems = new ArrayList<EditRefused.Problem>();
        ContentEditing.checkKey(key, keys.apply(content).toList(), problems);
        if (key != null && key.length() > KEY_MAX && problems.isEmpty()) {
            problems.add(new EditRefused.Problem("key", "edit.tooLong", String.valueOf(KEY_MAX)));
        }
        var where = parent.apply(content);
        if (where != null && (where.key() == null || where.existing().noneMatch(where.key()::equals))) {
            problems.add(new EditRefused.Problem(where.field(), "edit.required", null));
        }
        check.accept(created, problems);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        editing.write(apply.apply(content, ContentEditing.source(content)));
        audit.record(CurrentUser.name(), "CREATE", kind, key, null);
        return read.apply(packages.draft());
    }

    // Checks

    private static void check(SiteDraft d, List<EditRefused.Problem> problems) {
        ContentEditing.required("name", d.name(), ServiceDraft.TITLE_MAX, problems);
        ContentEditing.optional("street", d.street(), 200, problems);
        ContentEditing.optional("postalCode", d.postalCode(), 16, problems);
        ContentEditing.optional("city", d.city(), 100, problems);
    }

    private static void check(BuildingDraft d, List<EditRefused.Problem> problems) {
        ContentEditing.required("name", d.name(), ServiceDraft.TITLE_MAX, problems);
    }

    private static void check(FloorDraft d, List<EditRefused.Problem> problems) {
        ContentEditing.required("name", d.name(), ServiceDraft.TITLE_MAX, problems);
        if (d.level() < LEVEL_MIN || d.level() > LEVEL_MAX) {
            problems.add(new EditRefused.Problem("level", "edit.place.levelRange", LEVEL_MIN + "–" + LEVEL_MAX));
        }
        if (d.planImage() != null && !d.planImage().isBlank() && !ContentAssets.isAssetName(d.planImage())) {
            problems.add(new EditRefused.Problem("planImage", "edit.place.planUnknown", null));
        }
    }

    private static void check(RoomDraft d, List<EditRefused.Problem> problems) {
        ContentEditing.required("number", d.number(), NUMBER_MAX, problems);
        ContentEditing.optional("name", d.name(), ServiceDraft.TITLE_MAX, problems);
        if ((d.x() == null) != (d.y() == null)) {
            problems.add(new EditRefused.Problem(d.x() == null ? "x" : "y", "edit.place.positionRange", null));
        }
        if (d.x() != null && !(d.x() >= 0 && d.x() <= 1)) {
            problems.add(new EditRefused.Problem("x", "edit.place.positionRange", null));
        }
        if (d.y() != null && !(d.y() >= 0 && d.y() <= 1)) {
            problems.add(new EditRefused.Problem("y", "edit.place.positionRange", null));
        }
    }

    private static void stays(String field, String before, String after, List<EditRefused.Problem> problems) {
        if (!Objects.equals(before, after)) {
            problems.add(new EditRefused.Problem(field, "edit.place.move", null));
        }
    }

    // The draft as the editors see it, and back

    private ToIntFunction<String> versions(String kind) {
        return key -> Objects.requireNonNullElse(store.version(kind, key), 0);
    }

    private static <D> D one(List<D> drafts, Function<D, String> key, String wanted, String kind) {
        return drafts.stream().filter(d -> key.apply(d).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no " + kind + " " + wanted));
    }

    private static String german(ContentPackage content, LocalizedText text) {
        return text.texts().getOrDefault(ContentEditing.source(content), "");
    }

    private static List<SiteDraft> sitesIn(ContentPackage content, ToIntFunction<String> version) {
        return content.sites().stream().map(s -> new SiteDraft(s.key(), version.applyAsInt(s.key()),
                german(content, s.name()), ContentEditing.orEmpty(s.street()), ContentEditing.orEmpty(s.postalCode()),
                ContentEditing.orEmpty(s.city()), s.openingHours())).toList();
    }

    private static List<BuildingDraft> buildingsIn(ContentPackage content, ToIntFunction<String> version) {
        return content.sites().stream().flatMap(s -> s.buildings().stream().map(b -> new BuildingDraft(b.key(),
                version.applyAsInt(b.key()), s.key(), german(content, b.name())))).toList();
    }

    private static List<FloorDraft> floorsIn(ContentPackage content, ToIntFunction<String> version) {
        return content.sites().stream().flatMap(s -> s.buildings().stream()).flatMap(b -> b.floors().stream()
                .map(f -> new FloorDraft(f.key(), version.applyAsInt(f.key()), b.key(), german(content, f.name()),
                        f.level(), ContentEditing.orEmpty(f.planImage())))).toList();
    }

    private static List<RoomDraft> roomsIn(ContentPackage content, ToIntFunction<String> version) {
        return content.sites().stream().flatMap(s -> s.buildings().stream()).flatMap(b -> b.floors().stream())
                .flatMap(f -> f.rooms().stream().map(r -> new RoomDraft(r.key(), version.applyAsInt(r.key()), f.key(),
                        r.number(), german(content, r.name()), r.x(), r.y(), r.stepFree()))).toList();
    }

    private static ContentPackage.Site site(ContentPackage.Site site, SiteDraft draft, String source) {
        return new ContentPackage.Site(site.key(), ContentEditing.german(site.name(), draft.name(), source),
                ContentEditing.blankToNull(draft.street()), ContentEditing.blankToNull(draft.postalCode()),
                ContentEditing.blankToNull(draft.city()), draft.hours(), site.buildings());
    }

    private static ContentPackage.Room room(LocalizedText name, RoomDraft draft, String source) {
        return new ContentPackage.Room(draft.key(), draft.number().strip(),
                ContentEditing.german(name, draft.name(), source), draft.x(), draft.y(), draft.stepFree());
    }

    /** Every floor of the draft passed through {@code change}. */
    private static ContentPackage mapFloors(ContentPackage content, UnaryOperator<ContentPackage.Floor> change) {
        return withSites(content, content.sites().stream().map(s -> new ContentPackage.Site(s.key(), s.name(),
                s.street(), s.postalCode(), s.city(), s.openingHours(), s.buildings().stream()
                .map(b -> new ContentPackage.Building(b.key(), b.name(), b.floors().stream().map(change).toList()))
                .toList())).toList());
    }

    private static ContentPackage withSites(ContentPackage c, List<ContentPackage.Site> sites) {
        return new ContentPackage(c.format(), c.schemaVersion(), c.organisation(), c.languages(), sites, c.offices(),
                c.partnerPlaces(), c.topics(), c.documentTypes(), c.services(), c.announcements(),
                c.translationStates());
    }

    private static <T> List<T> appended(List<T> list, T item) {
        var result = new ArrayList<>(list);
        result.add(item);
        return result;
    }
}
