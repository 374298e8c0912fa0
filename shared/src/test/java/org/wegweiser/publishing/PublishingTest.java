package org.wegweiser.publishing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.publishing.internal.RevisionRepository;
import org.wegweiser.testing.TestDatabases;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PublishingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    PublishedContent published;
    @Autowired
    RevisionRepository revisions;

    @Test
    void the_public_side_sees_only_what_was_published_and_sees_each_new_revision() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        var first = publishing.publish("editor", "first");
        // A second reader stands for the other application, which learns of revisions only from the database.
        var otherApplication = new PublishedContent(revisions);
        var heard = new ArrayList<Integer>();
        otherApplication.subscribe(snapshot -> heard.add(snapshot.revision().number()));

        var snapshot = otherApplication.current().orElseThrow();
        assertThat(snapshot.revision().number()).isEqualTo(first.number());
        assertThat(roomOf(snapshot, "reisepass")).isEqualTo("rh-e04");

        packages.importPackage(ContentPackageCodec.write(withPassportIn(packages.draft(), "rh-e05")), "editor");
        otherApplication.refresh();
        assertThat(roomOf(otherApplication.current().orElseThrow(), "reisepass"))
                .as("a draft change is not public before it is published").isEqualTo("rh-e04");

        var second = publishing.publish("editor", "passport moved");
        otherApplication.refresh();
        var newer = otherApplication.current().orElseThrow();
        assertThat(newer.revision().number()).isEqualTo(second.number()).isGreaterThan(first.number());
        assertThat(roomOf(newer, "reisepass")).isEqualTo("rh-e05");
        assertThat(heard).containsExactly(first.number(), second.number());
        assertThat(roomOf(published.current().orElseThrow(), "reisepass"))
                .as("the publishing application's own snapshot follows at once").isEqualTo("rh-e05");
        assertThat(publishing.revisions()).extracting(Revision::note).startsWith("passport moved", "first");
    }

    @Test
    void snapshot_texts_fall_back_to_german_and_say_in_which_language_they_are() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        publishing.publish("editor", null);
        var snapshot = published.current().orElseThrow();
        var title = snapshot.service("reisepass").orElseThrow().title();
        assertThat(snapshot.text(title, "ar")).isEqualTo(title.texts().get("ar"));
        assertThat(snapshot.languageOf(title, "ar").rightToLeft()).isTrue();
        var onlyGerman = new org.wegweiser.content.LocalizedText(java.util.Map.of("de", "Nur Deutsch"));
        assertThat(snapshot.text(onlyGerman, "fa")).isEqualTo("Nur Deutsch");
        assertThat(snapshot.languageOf(onlyGerman, "fa").code()).isEqualTo("de");
    }

    @Test
    void revisions_can_be_compared_and_an_earlier_one_restored_as_the_draft() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        var first = publishing.publish("editor", "first");
        String original = packages.draft().services().stream().filter(s -> s.key().equals("reisepass")).findFirst()
                .orElseThrow().title().texts().get("de");
        var changed = packages.draft().withService("reisepass", s -> s.withTitle(s.title().with("de", "Reisepass (neu)")));
        packages.importPackage(ContentPackageCodec.write(changed), "editor");
        var second = publishing.publish("editor", "second");

        assertThat(publishing.compare(first.number(), second.number()))
                .containsExactly(new TextChange("service 'reisepass' title", "de", original, "Reisepass (neu)"));

        publishing.restoreAsDraft(first.number(), "editor");
        assertThat(packages.draft().services().stream().filter(s -> s.key().equals("reisepass")).findFirst()
                .orElseThrow().title().texts().get("de")).isEqualTo(original);
        assertThat(publishing.revisions()).hasSize(2);
    }

    private static String roomOf(ContentSnapshot snapshot, String service) {
        return snapshot.service(service).orElseThrow().rooms().getFirst();
    }

    private static ContentPackage withPassportIn(ContentPackage content, String room) {
        return content.withService("reisepass", s -> s.withRooms(List.of(room)));
    }
}
