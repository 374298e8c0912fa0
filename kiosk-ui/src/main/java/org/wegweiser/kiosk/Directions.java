package org.wegweiser.kiosk;

import org.wegweiser.content.ContentPackage.Building;
import org.wegweiser.content.ContentPackage.Floor;
import org.wegweiser.content.ContentPackage.Site;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.ContentSnapshot.RoomPlace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walking directions from the kiosk to a room, as steps of fixed text (message keys) with the
 * names they need. The step-free way comes first; the way by the stairs follows when it differs.
 */
public final class Directions {

    /** A step to show: a message key of the kiosk bundle and its arguments, in the visitor's language. */
    public record Step(String key, List<String> args) {
        Step(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /** One way to the room. */
    public record Way(boolean stepFree, List<Step> steps) {
    }

    private record Position(Site site, Building building, Floor floor) {
    }

    private Directions() {
    }

    public static List<Way> to(ContentSnapshot content, KioskSettings kiosk, RoomPlace target, String language) {
        String room = target.room().number();
        String floorName = content.text(target.floor().name(), language);
        String buildingName = content.text(target.building().name(), language);
        var arrive = new Step("kiosk.directions.room", room, floorName, buildingName);
        var here = position(content, kiosk);

        if (here.isEmpty() || !here.get().site().key().equals(target.site().key())) {
            var site = target.site();
            String address = (nonNull(site.street()) + ", " + nonNull(site.postalCode()) + " " + nonNull(site.city())).trim();
            return List.of(new Way(target.room().stepFree(), List.of(
                    new Step("kiosk.directions.otherSite", content.text(site.name(), language), address), arrive)));
        }
        var start = new ArrayList<Step>();
        boolean sameBuilding = here.get().building().key().equals(target.building().key());
        if (!sameBuilding) {
            start.add(new Step("kiosk.directions.otherBuilding", buildingName));
        }
        int levelHere = sameBuilding ? here.get().floor().level() : 0; // a new building is entered at ground level
        if (target.floor().level() == levelHere) {
            var steps = new ArrayList<>(start);
            steps.add(sameBuilding ? new Step("kiosk.directions.sameFloor", room) : arrive);
            return List.of(new Way(target.room().stepFree(), steps));
        }
        var lift = new ArrayList<>(start);
        if (target.room().stepFree()) {
            lift.add(new Step("kiosk.directions.lift", floorName));
            lift.add(arrive);
        } else {
            lift.add(new Step("kiosk.directions.noStepFree", room));
        }
        var stairs = new ArrayList<>(start);
        stairs.add(new Step("kiosk.directions.stairs", floorName));
        stairs.add(arrive);
        return List.of(new Way(true, lift), new Way(false, stairs));
    }

    private static Optional<Position> position(ContentSnapshot content, KioskSettings kiosk) {
        return content.content().sites().stream().filter(site -> site.key().equals(kiosk.site()))
                .flatMap(site -> site.buildings().stream().flatMap(building -> building.floors().stream()
                        .filter(floor -> floor.key().equals(kiosk.floor()))
                        .map(floor -> new Position(site, building, floor))))
                .findFirst();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
