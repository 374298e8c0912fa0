package org.wegweiser.search;

import org.junit.jupiter.api.Test;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackage.Language;
import org.wegweiser.content.ContentPackage.Organisation;
import org.wegweiser.content.ContentPackage.Service;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.Revision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSearchTest {

    private static final ServiceSearch SEARCH = ServiceSearch.of(snapshot(
            // listed before the service it mentions, so index order cannot win the ranking test
            service("gewerbe-anmelden",
                    texts("de", "Gewerbe anmelden", "en", "Register a business"),
                    texts("de", "Für Handwerk und Handel. Manchmal ist ein Führungszeugnis nötig."),
                    LocalizedText.EMPTY),
            service("fuehrungszeugnis",
                    texts("de", "Führungszeugnis beantragen", "en", "Certificate of good conduct"),
                    texts("de", "Für Arbeit mit Kindern oder im öffentlichen Dienst."),
                    texts("de", "polizeiliches Zeugnis")),
            service("personalausweis",
                    texts("de", "Personalausweis beantragen", "en", "Apply for an identity card",
                            "uk", "ID-картка (посвідчення особи)", "ar", "بطاقة الهوية الشخصية",
                            "fa", "کارت شناسایی ملی", "tr", "Kimlik kartı başvurusu",
                            "ru", "Удостоверение личности"),
                    texts("de", "Neu beantragen, wenn der alte abläuft oder verloren ist.",
                            "en", "Apply for a new one when the old one expires or is lost."),
                    texts("de", "Perso, ID-Karte", "en", "ID card, identity document")),
            service("reisepass",
                    texts("de", "Reisepass beantragen", "en", "Passport", "uk", "Закордонний паспорт",
                            "ar", "جواز السفر", "fa", "گذرنامه", "tr", "Pasaport başvurusu",
                            "ru", "Заграничный паспорт"),
                    texts("de", "Für Reisen in Länder außerhalb Europas."),
                    texts("de", "Pass, Kinderreisepass")),
            service("wohnsitz-anmelden",
                    texts("de", "Wohnsitz anmelden", "en", "Register your address",
                            "uk", "Реєстрація місця проживання", "ar", "تسجيل السكن",
                            "fa", "ثبت محل سکونت", "tr", "İkamet kaydı", "ru", "Регистрация по месту жительства"),
                    texts("de", "Nach einem Umzug melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an."),
                    texts("de", "Ummeldung, Meldebehörde", "en", "moving, residence"))));

    @Test
    void an_exact_title_finds_its_service_first() {
        assertThat(keys(SEARCH.search("Reisepass", "de", 5))).first().isEqualTo("reisepass");
    }

    @Test
    void a_typo_still_finds_the_service() {
        assertThat(keys(SEARCH.search("Persnalausweis", "de", 5))).first().isEqualTo("personalausweis");
    }

    @Test
    void a_part_of_a_compound_word_finds_the_service() {
        assertThat(keys(SEARCH.search("Ausweis", "de", 5))).containsExactly("personalausweis");
    }

    @Test
    void a_ukrainian_query_finds_the_ukrainian_title() {
        assertThat(keys(SEARCH.search("паспорт", "uk", 5))).containsExactly("reisepass");
        assertThat(keys(SEARCH.search("Реєстрація", "uk", 5))).first().isEqualTo("wohnsitz-anmelden");
    }

    @Test
    void a_russian_query_finds_the_russian_title() {
        assertThat(keys(SEARCH.search("регистрация", "ru", 5))).first().isEqualTo("wohnsitz-anmelden");
    }

    @Test
    void an_arabic_query_finds_the_arabic_title() {
        assertThat(keys(SEARCH.search("جواز السفر", "ar", 5))).first().isEqualTo("reisepass");
        assertThat(keys(SEARCH.search("الهوية", "ar", 5))).first().isEqualTo("personalausweis");
    }

    @Test
    void a_persian_query_typed_with_arabic_letters_finds_the_persian_title() {
        // Arabic kaf and yeh instead of the Persian forms used in the title
        assertThat(keys(SEARCH.search("كارت شناسايي", "fa", 5))).first().isEqualTo("personalausweis");
    }

    @Test
    void turkish_capitals_lower_case_the_turkish_way() {
        assertThat(keys(SEARCH.search("İKAMET", "tr", 5))).first().isEqualTo("wohnsitz-anmelden");
        assertThat(keys(SEARCH.search("kimlik", "tr", 5))).first().isEqualTo("personalausweis");
    }

    @Test
    void a_german_query_finds_the_service_when_the_visitor_reads_english() {
        assertThat(keys(SEARCH.search("Personalausweis", "en", 5))).first().isEqualTo("personalausweis");
        assertThat(keys(SEARCH.search("passport", "en", 5))).first().isEqualTo("reisepass");
    }

    @Test
    void keywords_and_synonyms_find_the_service() {
        assertThat(keys(SEARCH.search("Perso", "de", 5))).first().isEqualTo("personalausweis");
        assertThat(keys(SEARCH.search("Ummeldung", "en", 5))).first().isEqualTo("wohnsitz-anmelden");
    }

    @Test
    void a_title_match_ranks_above_a_summary_match() {
        List<ServiceSearch.Hit> hits = SEARCH.search("Führungszeugnis", "de", 5);
        assertThat(keys(hits)).containsExactly("fuehrungszeugnis", "gewerbe-anmelden");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void results_are_one_per_service_best_first() {
        List<ServiceSearch.Hit> hits = SEARCH.search("Personalausweis Reisepass beantragen", "de", 10);
        assertThat(keys(hits)).doesNotHaveDuplicates().startsWith("personalausweis").contains("reisepass");
        assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
    }

    @Test
    void a_typo_counts_against_the_word_as_typed_not_against_its_stem() {
        // "anehen" stems to 4 letters, too short for a typo, and "meledn" is two edits from the stem "meld";
        // as typed, each is one edit from a word in the texts
        var search = ServiceSearch.of(snapshot(
                service("schule-anmelden", texts("de", "Schule anmelden"), texts("de", "Für Kinder ab 6."), LocalizedText.EMPTY),
                service("schule-ansehen", texts("de", "Schule ansehen"), texts("de", "Ein Tag der offenen Tür."), LocalizedText.EMPTY),
                service("schule-melden", texts("de", "Schule melden"), texts("de", "Wenn ein Kind fehlt."), LocalizedText.EMPTY)));
        assertThat(keys(search.search("schule anehen", "de", 5))).first().isEqualTo("schule-ansehen");
        assertThat(keys(search.search("meledn schule", "de", 5))).first().isEqualTo("schule-melden");
    }

    @Test
    void a_word_written_in_the_texts_is_not_read_as_a_typo_of_a_similar_word() {
        // "taufe" and "taube" are one letter apart; a visitor who types a word of the texts means that word
        var search = ServiceSearch.of(snapshot(
                service("taufe-anmelden", texts("de", "Taufe anmelden"), texts("de", "Für Kinder und Erwachsene."), LocalizedText.EMPTY),
                service("taube-melden", texts("de", "Verletzte Taube melden"), texts("de", "Das Tierheim hilft."), LocalizedText.EMPTY)));
        assertThat(keys(search.search("Taufe", "de", 5))).containsExactly("taufe-anmelden");
        assertThat(keys(search.search("Taufee", "de", 5))).contains("taufe-anmelden");
    }

    @Test
    void nonsense_finds_nothing() {
        assertThat(SEARCH.search("Quantenchromodynamik", "de", 5)).isEmpty();
        assertThat(SEARCH.search("xq zzv", "en", 5)).isEmpty();
    }

    @Test
    void a_blank_query_finds_nothing() {
        assertThat(SEARCH.search("", "de", 5)).isEmpty();
        assertThat(SEARCH.search("   ", "de", 5)).isEmpty();
        assertThat(SEARCH.search(null, "de", 5)).isEmpty();
        assertThat(SEARCH.search("der die das", "de", 5)).isEmpty();
    }

    @Test
    void max_limits_the_hits() {
        assertThat(SEARCH.search("beantragen", "de", 2)).hasSize(2);
    }

    @Test
    void an_empty_snapshot_finds_nothing() {
        assertThat(ServiceSearch.of(snapshot()).search("Reisepass", "de", 5)).isEmpty();
    }

    @Test
    void normalise_trims_lower_cases_and_collapses_whitespace() {
        assertThat(ServiceSearch.normalise("  Personal \t  AUSWEIS\u00A0 neu ")).isEqualTo("personal ausweis neu");
        assertThat(ServiceSearch.normalise(null)).isEmpty();
    }

    @Test
    void the_musterstadt_demo_finds_the_identity_card_despite_typos_and_parts() {
        var demo = ServiceSearch.of(new ContentSnapshot(new Revision(1, Instant.now(), "test", null),
                ContentPackageCodec.read(DemoContent.musterstadt())));
        assertThat(keys(demo.search("Persnalausweis", "de", 5))).first().isEqualTo("personalausweis");
        assertThat(keys(demo.search("Ausweis", "de", 5))).contains("personalausweis");
    }

    private static List<String> keys(List<ServiceSearch.Hit> hits) {
        return hits.stream().map(ServiceSearch.Hit::serviceKey).toList();
    }

    private static LocalizedText texts(String... languageAndText) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < languageAndText.length; i += 2) {
            texts.put(languageAndText[i], languageAndText[i + 1]);
        }
        return new LocalizedText(texts);
    }

    private static Service service(String key, LocalizedText title, LocalizedText summary, LocalizedText keywords) {
        return new Service(key, null, title, summary, null, null, List.of(), null, List.of(), List.of(), null,
                false, null, null, keywords);
    }

    private static ContentSnapshot snapshot(Service... services) {
        List<Language> languages = Map.of("de", "LTR", "de-x-ls", "LTR", "en", "LTR", "ar", "RTL", "uk", "LTR",
                        "tr", "LTR", "fa", "RTL", "ru", "LTR").entrySet().stream()
                .map(e -> new Language(e.getKey(), e.getKey(), e.getValue(), true)).toList();
        var organisation = new Organisation(LocalizedText.of("de", "Stadt Teststadt"), null, null, null, "de",
                "Europe/Berlin", "http://localhost");
        var content = new ContentPackage(ContentPackage.FORMAT, ContentPackage.SCHEMA_VERSION, organisation, languages,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(services), List.of(), List.of());
        return new ContentSnapshot(new Revision(1, Instant.now(), "test", null), content);
    }
}
