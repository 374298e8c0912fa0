package org.wegweiser.kiosk;

import org.junit.jupiter.api.Test;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.Revision;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionsTest {

    private final ContentSnapshot content = new ContentSnapshot(new Revision(1, Instant.EPOCH, "test", null),
            ContentPackageCodec.read(DemoContent.musterstadt()));
    private final KioskSettings kiosk = new KioskSettings("rathaus", "rathaus-eg", 0.5, 0.9, 60, 20, List.of());

    @Test
    void a_room_on_the_kiosks_floor_is_one_step() {
        var ways = Directions.to(content, kiosk, content.room("rh-e04").orElseThrow(), "en");
        assertThat(ways).singleElement().satisfies(way -> {
            assertThat(way.stepFree()).isTrue();
            assertThat(way.steps()).extracting(Directions.Step::key).containsExactly("kiosk.directions.sameFloor");
        });
    }

    @Test
    void an_upper_floor_offers_the_lift_first_and_the_stairs_second() {
        var ways = Directions.to(content, kiosk, content.room("rh-105").orElseThrow(), "en");
        assertThat(ways).extracting(Directions.Way::stepFree).containsExactly(true, false);
        assertThat(ways.getFirst().steps()).extracting(Directions.Step::key)
                .containsExactly("kiosk.directions.lift", "kiosk.directions.room");
        assertThat(ways.get(1).steps()).extracting(Directions.Step::key)
                .containsExactly("kiosk.directions.stairs", "kiosk.directions.room");
    }

    @Test
    void a_room_without_step_free_access_sends_wheelchair_users_to_the_information_desk() {
        var ways = Directions.to(content, kiosk, content.room("an-101").orElseThrow(), "en");
        assertThat(ways.getFirst().steps()).extracting(Directions.Step::key)
                .containsExactly("kiosk.directions.otherBuilding", "kiosk.directions.noStepFree");
        assertThat(ways.get(1).steps()).extracting(Directions.Step::key)
                .containsExactly("kiosk.directions.otherBuilding", "kiosk.directions.stairs", "kiosk.directions.room");
    }

    @Test
    void a_room_at_another_site_names_that_site_and_its_address() {
        var ways = Directions.to(content, kiosk, content.room("bbn-e02").orElseThrow(), "de");
        assertThat(ways.getFirst().steps().getFirst().key()).isEqualTo("kiosk.directions.otherSite");
        assertThat(ways.getFirst().steps().getFirst().args().get(1)).contains("Lindenstraße 12");
    }
}
