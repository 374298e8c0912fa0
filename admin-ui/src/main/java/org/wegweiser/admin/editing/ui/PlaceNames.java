package org.wegweiser.admin.editing.ui;

import org.wegweiser.content.BuildingDraft;
import org.wegweiser.content.FloorDraft;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.content.SiteDraft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sites, buildings and floors named as the editors show them: "Rathaus · Hauptgebäude · Erdgeschoss". */
record PlaceNames(Map<String, String> sites, Map<String, String> buildings, Map<String, String> floors,
                  Map<String, FloorDraft> floorsByKey) {

    static PlaceNames of(PlaceEditing places) {
        List<SiteDraft> siteList = places.sites();
        List<BuildingDraft> buildingList = places.buildings();
        List<FloorDraft> floorList = places.floors();
        var sites = new LinkedHashMap<String, String>();
        siteList.forEach(s -> sites.put(s.key(), s.name()));
        var buildings = new LinkedHashMap<String, String>();
        buildingList.forEach(b -> buildings.put(b.key(), sites.getOrDefault(b.site(), b.site()) + " · " + b.name()));
        var floors = new LinkedHashMap<String, String>();
        var byKey = new LinkedHashMap<String, FloorDraft>();
        floorList.forEach(f -> {
            floors.put(f.key(), buildings.getOrDefault(f.building(), f.building()) + " · " + f.name());
            byKey.put(f.key(), f);
        });
        return new PlaceNames(sites, buildings, floors, byKey);
    }

    static String of(Map<String, String> names, String key) {
        return names.getOrDefault(key, key);
    }
}
