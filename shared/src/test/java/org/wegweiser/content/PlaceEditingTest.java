package org.wegweiser.content;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Pictures;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.upload.UploadRefused;
import org.wegweiser.user.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PlaceEditingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    PlaceEditing places;
    @Autowired
    ContentAssets assets;

    @BeforeEach
    void demoContentIsImportedAndAnEditorIsSignedIn() {
        EditingTests.signIn("anna", Role.EDITOR);
        packages.importPackage(DemoContent.musterstadt(), "test");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void renaming_a_room_marks_exactly_its_name_translations_outdated_and_keeps_where_it_was_put() {
        var before = EditingTests.statuses(packages.draft());
        var opened = places.room("rh-e05");
        var saved = places.saveRoom(opened, new RoomDraft(opened.key(), opened.version(), opened.floor(), "E.05",
                "Stadtkasse und Zahlstelle", 0.25, 0.5, true));

        var after = EditingTests.statuses(packages.draft());
        var changed = after.entrySet().stream().filter(e -> e.getValue() != before.get(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(changed).isNotEmpty().allMatch(id -> id.startsWith("room|rh-e05|name|")
                && after.get(id) == TranslationStatus.OUTDATED);
        assertThat(saved.version()).isGreaterThan(opened.version());
        var room = room("rh-e05");
        assertThat(room.name().texts().get("de")).isEqualTo("Stadtkasse und Zahlstelle");
        assertThat(room.name().texts().get("en")).isEqualTo("City cash office");
        assertThat(room.x()).isEqualTo(0.25);
        assertThat(room.y()).isEqualTo(0.5);
        assertThat(room.stepFree()).isTrue();

        var unchanged = EditingTests.statuses(packages.draft());
        places.saveRoom(saved, saved);
        assertThat(EditingTests.statuses(packages.draft())).isEqualTo(unchanged);
    }

    @Test
    void the_second_of_two_saves_of_a_floor_from_the_same_draft_is_refused_with_the_first_ones_change() {
        var anna = places.floor("rathaus-1og");
        var ben = places.floor("rathaus-1og");
        places.saveFloor(anna, new FloorDraft(anna.key(), anna.version(), anna.building(), "Erstes Obergeschoss",
                anna.level(), anna.planImage()));

        EditingTests.signIn("ben", Role.EDITOR);
        var bens = new FloorDraft(ben.key(), ben.version(), ben.building(), ben.name(), 3, ben.planImage());
        var conflict = org.junit.jupiter.api.Assertions.assertThrows(EditConflict.class,
                () -> places.saveFloor(ben, bens));
        assertThat(conflict.changes()).containsExactly(
                new EditConflict.Change("name", "1. Obergeschoss", "Erstes Obergeschoss"));
        assertThat(conflict.actor()).isEqualTo("anna");

        var merged = EditMerge.reapply(ben, bens, conflict.current(FloorDraft.class));
        var saved = places.saveFloor(conflict.current(FloorDraft.class), merged);
        assertThat(saved.name()).isEqualTo("Erstes Obergeschoss");
        assertThat(saved.level()).isEqualTo(3);
    }

    @Test
    void an_uploaded_plan_is_kept_and_named_by_the_floor_and_a_text_file_called_png_is_refused() throws IOException {
        String name = places.storePlan("plan.png", new ByteArrayInputStream(Pictures.png(400, 300, java.awt.Color.WHITE)));
        assertThat(name).matches("uploads/[0-9a-f]{32}\\.png");
        var opened = places.floor("rathaus-eg");
        places.saveFloor(opened, new FloorDraft(opened.key(), opened.version(), opened.building(), opened.name(),
                opened.level(), name));
        assertThat(places.floor("rathaus-eg").planImage()).isEqualTo(name);
        assertThat(assets.find(name)).hasValueSatisfying(a -> assertThat(a.contentType()).isEqualTo("image/png"));

        assertThatThrownBy(() -> places.storePlan("notes.png",
                new ByteArrayInputStream("just some notes".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo(UploadRefused.NOT_AN_IMAGE));
    }

    @Test
    void a_site_a_building_a_floor_and_a_room_are_created_and_a_room_cannot_move_to_another_floor() {
        var site = places.createSite(new SiteDraft("bibliothek", 0, "Stadtbibliothek", "Marktplatz 2", "12345",
                "Musterstadt", DayHours.parse(java.time.DayOfWeek.MONDAY, "10-18")));
        assertThat(site.hours()).containsExactly(new ContentPackage.OpeningPeriod("MONDAY", "10:00", "18:00"));
        places.createBuilding(new BuildingDraft("bibliothek-haus", 0, "bibliothek", "Altbau"));
        places.createFloor(new FloorDraft("bibliothek-eg", 0, "bibliothek-haus", "Erdgeschoss", 0, ""));
        var room = places.createRoom(new RoomDraft("bib-e01", 0, "bibliothek-eg", "E.01", "Ausleihe", null, null,
                true));
        assertThat(room.floor()).isEqualTo("bibliothek-eg");
        assertThat(packages.draft().sites().getLast().buildings().getFirst().floors().getFirst().rooms())
                .extracting(ContentPackage.Room::number).containsExactly("E.01");

        assertThatThrownBy(() -> places.createRoom(new RoomDraft("bib-e01", 0, "nowhere", "", "", 0.5, null, false)))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.problems()).extracting(
                        EditRefused.Problem::field).containsExactlyInAnyOrder("key", "floor", "number", "y"));
        assertThatThrownBy(() -> places.saveRoom(room, new RoomDraft(room.key(), room.version(), "rathaus-eg",
                room.number(), room.name(), null, null, true)))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.problems())
                        .containsExactly(new EditRefused.Problem("floor", "edit.place.move", null)));
    }

    @Test
    void a_room_nothing_refers_to_is_deleted_and_one_an_office_uses_is_refused_with_the_office_named() {
        places.deleteRoom("rh-e01");
        assertThatThrownBy(() -> places.room("rh-e01")).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> places.deleteRoom("rh-e04")).isInstanceOfSatisfying(EditRefused.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("edit.place.inUse");
                    assertThat(p.detail()).contains("Bürgerservice").contains("Wohnsitz anmelden");
                }));
        assertThat(places.room("rh-e04").number()).isEqualTo("E.04");
    }


    private ContentPackage.Room room(String key) {
        return packages.draft().sites().stream().flatMap(s -> s.buildings().stream())
                .flatMap(b -> b.floors().stream()).flatMap(f -> f.rooms().stream())
                .filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
