package org.wegweiser.content;

import org.wegweiser.content.ContentPackageException.Problem;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a whole content package before anything is written: format and schema version,
 * keys, references, required texts in the default language, times and dates.
 */
final class ContentPackageValidator {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Set<String> STATES = Set.of("DRAFT", "OUTDATED");
    /** A pictogram is named, never a path: what is shown comes from signage-assets ({@link ContentAssets}). */
    private static final Pattern PICTOGRAM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A text column holds 65 535 bytes (MariaDB TEXT); longer texts are refused, never cut. */
    static final int MAX_TEXT_BYTES = 65_535;

    private final List<Problem> problems = new ArrayList<>();

    static List<Problem> validate(ContentPackage content) {
        var validator = new ContentPackageValidator();
        validator.check(content);
        return validator.problems;
    }

    private void check(ContentPackage content) {
        if (!ContentPackage.FORMAT.equals(content.format())) {
            problem("format", "must be \"" + ContentPackage.FORMAT + "\", found " + quoted(content.format()));
        }
        if (content.schemaVersion() != ContentPackage.SCHEMA_VERSION) {
            problem("schemaVersion", "version " + content.schemaVersion()
                    + " is not supported; this Wegweiser reads schema version " + ContentPackage.SCHEMA_VERSION);
            return;
        }
        Set<String> languages = languages(content.languages());
        organisation(content.organisation(), languages);

        Set<String> siteKeys = keys("sites", content.sites(), ContentPackage.Site::key);
        var buildings = new ArrayList<ContentPackage.Building>();
        var floors = new ArrayList<ContentPackage.Floor>();
        var rooms = new ArrayList<ContentPackage.Room>();
        for (int s = 0; s < content.sites().size(); s++) {
            var site = content.sites().get(s);
            String path = "sites[" + s + "] '" + site.key() + "'";
            hours(path + ".openingHours", site.openingHours());
            for (var building : site.buildings()) {
                buildings.add(building);
                for (var floor : building.floors()) {
                    floors.add(floor);
                    asset(path + " … floors '" + floor.key() + "'.planImage", floor.planImage());
                    for (int r = 0; r < floor.rooms().size(); r++) {
                        var room = floor.rooms().get(r);
                        rooms.add(room);
                        String roomPath = path + " … floors '" + floor.key() + "'.rooms[" + r + "] '" + room.key() + "'";
                        required(roomPath + ".number", room.number());
                        fraction(roomPath + ".x", room.x());
                        fraction(roomPath + ".y", room.y());
                    }
                }
            }
        }
        keys("buildings", buildings, ContentPackage.Building::key);
        keys("floors", floors, ContentPackage.Floor::key);
        Set<String> roomKeys = keys("rooms", rooms, ContentPackage.Room::key);

        Set<String> officeKeys = keys("offices", content.offices(), ContentPackage.Office::key);
        for (int o = 0; o < content.offices().size(); o++) {
            var office = content.offices().get(o);
            String path = "offices[" + o + "] '" + office.key() + "'";
            references(path + ".rooms", office.rooms(), roomKeys, "room");
            hours(path + ".openingHours", office.openingHours());
            var froms = new HashSet<String>();
            for (int e = 0; e < office.exceptions().size(); e++) {
                var exception = office.exceptions().get(e);
                String exceptionPath = path + ".exceptions[" + e + "]";
                LocalDate from = date(exceptionPath + ".from", exception.from());
                LocalDate to = date(exceptionPath + ".to", exception.to());
                if (from != null && to != null && to.isBefore(from)) {
                    problem(exceptionPath, "ends (" + to + ") before it starts (" + from + ")");
                }
                if (!froms.add(String.valueOf(exception.from()))) {
                    problem(exceptionPath + ".from", "another exception of this office starts on " + exception.from());
                }
                if (!exception.closed()) {
                    period(exceptionPath, exception.opens(), exception.closes());
                } else {
                    // A closed day needs no hours, but hours that are given are stored and must be times.
                    if (exception.opens() != null) {
                        time(exceptionPath + ".opens", exception.opens());
                    }
                    if (exception.closes() != null) {
                        time(exceptionPath + ".closes", exception.closes());
                    }
                }
            }
        }
        Set<String> placeKeys = keys("partnerPlaces", content.partnerPlaces(), ContentPackage.PartnerPlace::key);
        for (int p = 0; p < content.partnerPlaces().size(); p++) {
            var place = content.partnerPlaces().get(p);
            hours("partnerPlaces[" + p + "] '" + place.key() + "'.openingHours", place.openingHours());
        }
        Set<String> topicKeys = keys("topics", content.topics(), ContentPackage.Topic::key);
        Set<String> typeKeys = keys("documentTypes", content.documentTypes(), ContentPackage.DocumentType::key);
        keys("services", content.services(), ContentPackage.Service::key);
        for (int t = 0; t < content.topics().size(); t++) {
            pictogram("topics[" + t + "].pictogram", content.topics().get(t).pictogram());
        }
        for (int d = 0; d < content.documentTypes().size(); d++) {
            pictogram("documentTypes[" + d + "].pictogram", content.documentTypes().get(d).pictogram());
        }
        for (int v = 0; v < content.services().size(); v++) {
            pictogram("services[" + v + "].pictogram", content.services().get(v).pictogram());
        }
        for (int v = 0; v < content.services().size(); v++) {
            var service = content.services().get(v);
            String path = "services[" + v + "] '" + service.key() + "'";
            if (service.office() == null && service.partnerPlace() == null) {
                problem(path, "needs an office or a partner place that handles it");
            }
            reference(path + ".office", service.office(), officeKeys, "office");
            reference(path + ".partnerPlace", service.partnerPlace(), placeKeys, "partner place");
            references(path + ".rooms", service.rooms(), roomKeys, "room");
            references(path + ".topics", service.topics(), topicKeys, "topic");
            var seen = new HashSet<String>();
            for (int c = 0; c < service.checklist().size(); c++) {
                String type = service.checklist().get(c).documentType();
                String itemPath = path + ".checklist[" + c + "].documentType";
                reference(itemPath, type, typeKeys, "document type");
                if (type == null) {
                    problem(itemPath, "is missing");
                } else if (!seen.add(type)) {
                    problem(itemPath, "'" + type + "' is already on this checklist");
                }
            }
        }
        keys("announcements", content.announcements(), ContentPackage.Announcement::key);
        for (int a = 0; a < content.announcements().size(); a++) {
            var announcement = content.announcements().get(a);
            String path = "announcements[" + a + "] '" + announcement.key() + "'";
            LocalDateTime from = dateTime(path + ".validFrom", announcement.validFrom());
            LocalDateTime until = dateTime(path + ".validUntil", announcement.validUntil());
            if (from != null && until != null && !until.isAfter(from)) {
                problem(path + ".validUntil", "must be after validFrom (" + from + ")");
            }
            references(path + ".sites", announcement.sites(), siteKeys, "site");
        }
        texts(content, languages);
    }

    private Set<String> languages(List<ContentPackage.Language> languages) {
        var codes = new HashSet<String>();
        if (languages.isEmpty()) {
            problem("languages", "at least one language is needed");
        }
        for (int i = 0; i < languages.size(); i++) {
            var language = languages.get(i);
            String path = "languages[" + i + "]";
            if (language.code() == null || !LANGUAGE.matcher(language.code()).matches()) {
                problem(path + ".code", quoted(language.code()) + " is not a language code such as \"de\" or \"de-x-ls\"");
            } else if (!codes.add(language.code())) {
                problem(path + ".code", "\"" + language.code() + "\" is listed twice");
            }
            required(path + ".nativeName", language.nativeName());
            if (!"LTR".equals(language.direction()) && !"RTL".equals(language.direction())) {
                problem(path + ".direction", "must be LTR or RTL, found " + quoted(language.direction()));
            }
        }
        return codes;
    }

    private void organisation(ContentPackage.Organisation organisation, Set<String> languages) {
        if (organisation == null) {
            problem("organisation", "is missing");
            return;
        }
        if (organisation.defaultLanguage() == null || !languages.contains(organisation.defaultLanguage())) {
            problem("organisation.defaultLanguage", quoted(organisation.defaultLanguage())
                    + " is not one of the package's languages");
        }
        try {
            ZoneId.of(String.valueOf(organisation.timeZone()));
        } catch (DateTimeException e) {
            problem("organisation.timeZone", quoted(organisation.timeZone()) + " is not a time zone such as \"Europe/Berlin\"");
        }
        asset("organisation.logo", organisation.logo());
        colour("organisation.primaryColor", organisation.primaryColor());
        colour("organisation.accentColor", organisation.accentColor());
        try {
            URI uri = URI.create(String.valueOf(organisation.publicBaseUrl()));
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            problem("organisation.publicBaseUrl", quoted(organisation.publicBaseUrl())
                    + " is not an http(s) address such as \"https://wegweiser.musterstadt.de\"");
        }
    }

    private void texts(ContentPackage content, Set<String> languages) {
        String defaultLanguage = content.organisation() == null ? null : content.organisation().defaultLanguage();
        Map<String, TextField> byId = new HashMap<>();
        for (TextField field : ContentTexts.of(content)) {
            byId.put(field.entity() + "|" + field.key() + "|" + field.field(), field);
            for (var text : field.text().texts().entrySet()) {
                String language = text.getKey();
                int bytes = text.getValue() == null ? 0 : text.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes > MAX_TEXT_BYTES) {
                    problem(field.where(), "has a text in \"" + language + "\" of " + bytes
                            + " bytes; at most " + MAX_TEXT_BYTES + " fit. Please shorten it (nothing was cut)");
                }
                if (!languages.contains(language)) {
                    problem(field.where(), "has a text in \"" + language + "\", which is not one of the package's languages");
                }
            }
            if (field.required() && defaultLanguage != null && !field.text().has(defaultLanguage)) {
                problem(field.where(), "is required but has no text in the default language \"" + defaultLanguage + "\"");
            }
        }
        for (int i = 0; i < content.translationStates().size(); i++) {
            var state = content.translationStates().get(i);
            String path = "translationStates[" + i + "]";
            TextField field = byId.get(state.entity() + "|" + state.key() + "|" + state.field());
            if (field == null) {
                problem(path, "refers to " + state.entity() + " '" + state.key() + "' field " + state.field()
                        + ", which the package does not have");
            } else if (!field.text().has(String.valueOf(state.language()))) {
                problem(path, "gives a status for the \"" + state.language() + "\" text of " + field.where()
                        + ", which has no such text");
            }
            if (!STATES.contains(state.status())) {
                problem(path + ".status", "must be DRAFT or OUTDATED, found " + quoted(state.status()));
            }
        }
    }

    private <T> Set<String> keys(String list, List<T> items, Function<T, String> key) {
        var keys = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            String path = list + "[" + i + "].key";
            if (value == null || !KEY.matcher(value).matches()) {
                problem(path, quoted(value) + " is not a key (lower-case letters, digits and single hyphens)");
            } else if (!keys.add(value)) {
                problem(path, "'" + value + "' is used twice in " + list);
            }
        }
        return keys;
    }

    private void reference(String path, String key, Set<String> known, String what) {
        if (key != null && !known.contains(key)) {
            problem(path, "refers to " + what + " '" + key + "', which the package does not have");
        }
    }

    private void references(String path, List<String> keys, Set<String> known, String what) {
        for (int i = 0; i < keys.size(); i++) {
            reference(path + "[" + i + "]", keys.get(i), known, what);
        }
    }

    private void hours(String path, List<ContentPackage.OpeningPeriod> periods) {
        for (int i = 0; i < periods.size(); i++) {
            var period = periods.get(i);
            String periodPath = path + "[" + i + "]";
            try {
                DayOfWeek.valueOf(String.valueOf(period.day()));
            } catch (IllegalArgumentException e) {
                problem(periodPath + ".day", quoted(period.day()) + " is not a day such as \"MONDAY\"");
            }
            period(periodPath, period.opens(), period.closes());
        }
    }

    private void period(String path, String opens, String closes) {
        LocalTime from = time(path + ".opens", opens);
        LocalTime to = time(path + ".closes", closes);
        if (from != null && to != null && !to.isAfter(from)) {
            problem(path, "closes (" + to + ") before it opens (" + from + ")");
        }
    }

    private LocalTime time(String path, String value) {
        return parse(path, value, "a time HH:mm such as \"08:30\"", LocalTime::parse);
    }

    private LocalDate date(String path, String value) {
        return parse(path, value, "a date such as \"2026-12-24\"", LocalDate::parse);
    }

    private LocalDateTime dateTime(String path, String value) {
        return parse(path, value, "a date and time such as \"2026-12-24T08:00\"", LocalDateTime::parse);
    }

    private <T> T parse(String path, String value, String expected, Function<String, T> parser) {
        if (value == null) {
            problem(path, "is missing; expected " + expected);
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeException e) {
            problem(path, "\"" + value + "\" is not " + expected);
            return null;
        }
    }

    private void fraction(String path, Double value) {
        if (value != null && (value < 0 || value > 1)) {
            problem(path, value + " is outside the plan (0 to 1)");
        }
    }

    private void pictogram(String path, String value) {
        if (value != null && !PICTOGRAM.matcher(value).matches()) {
            problem(path, quoted(value) + " is not a pictogram name (lower-case letters, digits and single hyphens)");
        }
    }

    private void asset(String path, String value) {
        if (value != null && !ContentAssets.isAssetName(value)) {
            problem(path, quoted(value) + " is not an asset name such as \"plans/rathaus-eg.svg\"");
        }
    }

    private void colour(String path, String value) {
        if (value == null || !COLOUR.matcher(value).matches()) {
            problem(path, quoted(value) + " is not a colour such as \"#0b4f8a\"");
        }
    }

    private void required(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "is missing");
        }
    }

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    private static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        return "\"" + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "\"";
    }
}
