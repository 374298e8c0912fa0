package org.wegweiser.content;

import java.util.ArrayList;
import java.util.List;

/** Every translatable field of a content package, in package order. */
public final class ContentTexts {

    public static final String ORGANISATION_KEY = "organisation";

    private ContentTexts() {
    }

    public static String checklistKey(String serviceKey, String documentTypeKey) {
        return serviceKey + "/" + documentTypeKey;
    }

    public static String exceptionKey(String officeKey, String from) {
        return officeKey + "/" + from;
    }

    public static List<TextField> of(ContentPackage content) {
        var fields = new ArrayList<TextField>();
        if (content.organisation() != null) {
            fields.add(new TextField("organisation", ORGANISATION_KEY, "name", content.organisation().name(), true,
                    "organisation.name"));
        }
        for (int s = 0; s < content.sites().size(); s++) {
            var site = content.sites().get(s);
            String sitePath = at("sites", s, site.key());
            fields.add(field("site", site.key(), "name", site.name(), true, sitePath));
            for (int b = 0; b < site.buildings().size(); b++) {
                var building = site.buildings().get(b);
                String buildingPath = sitePath + "." + at("buildings", b, building.key());
                fields.add(field("building", building.key(), "name", building.name(), true, buildingPath));
                for (int f = 0; f < building.floors().size(); f++) {
                    var floor = building.floors().get(f);
                    String floorPath = buildingPath + "." + at("floors", f, floor.key());
                    fields.add(field("floor", floor.key(), "name", floor.name(), true, floorPath));
                    for (int r = 0; r < floor.rooms().size(); r++) {
                        var room = floor.rooms().get(r);
                        fields.add(field("room", room.key(), "name", room.name(), false,
                                floorPath + "." + at("rooms", r, room.key())));
                    }
                }
            }
        }
        for (int o = 0; o < content.offices().size(); o++) {
            var office = content.offices().get(o);
            String path = at("offices", o, office.key());
            fields.add(field("office", office.key(), "name", office.name(), true, path));
            fields.add(field("office", office.key(), "description", office.description(), false, path));
            for (int e = 0; e < office.exceptions().size(); e++) {
                var exception = office.exceptions().get(e);
                fields.add(field("office_exception", exceptionKey(office.key(), exception.from()), "note",
                        exception.note(), false, path + ".exceptions[" + e + "]"));
            }
        }
        for (int p = 0; p < content.partnerPlaces().size(); p++) {
            var place = content.partnerPlaces().get(p);
            String path = at("partnerPlaces", p, place.key());
            fields.add(field("partner_place", place.key(), "name", place.name(), true, path));
            fields.add(field("partner_place", place.key(), "description", place.description(), false, path));
            fields.add(field("partner_place", place.key(), "directions", place.directions(), false, path));
        }
        for (int t = 0; t < content.topics().size(); t++) {
            var topic = content.topics().get(t);
            String path = at("topics", t, topic.key());
            fields.add(field("topic", topic.key(), "title", topic.title(), true, path));
            fields.add(field("topic", topic.key(), "description", topic.description(), false, path));
        }
        for (int d = 0; d < content.documentTypes().size(); d++) {
            var type = content.documentTypes().get(d);
            String path = at("documentTypes", d, type.key());
            fields.add(field("document_type", type.key(), "name", type.name(), true, path));
            fields.add(field("document_type", type.key(), "description", type.description(), false, path));
        }
        for (int v = 0; v < content.services().size(); v++) {
            var service = content.services().get(v);
            String path = at("services", v, service.key());
            fields.add(field("service", service.key(), "title", service.title(), true, path));
            fields.add(field("service", service.key(), "summary", service.summary(), true, path));
            fields.add(field("service", service.key(), "whatHappens", service.whatHappens(), false, path));
            fields.add(field("service", service.key(), "fees", service.fees(), false, path));
            fields.add(field("service", service.key(), "keywords", service.keywords(), false, path));
            for (int c = 0; c < service.checklist().size(); c++) {
                var item = service.checklist().get(c);
                fields.add(field("checklist_item", checklistKey(service.key(), item.documentType()), "note",
                        item.note(), false, path + ".checklist[" + c + "]"));
            }
        }
        for (int a = 0; a < content.announcements().size(); a++) {
            var announcement = content.announcements().get(a);
            fields.add(field("announcement", announcement.key(), "text", announcement.text(), true,
                    at("announcements", a, announcement.key())));
        }
        return fields;
    }

    private static TextField field(String entity, String key, String field, LocalizedText text, boolean required,
                                   String path) {
        return new TextField(entity, key, field, text, required, path + "." + field);
    }

    private static String at(String list, int index, String key) {
        return list + "[" + index + "] '" + key + "'";
    }
}
