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
import org.wegweiser.testing.TestDatabases;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EntityHistoryTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    EntityHistory history;

    @Test
    void one_service_shows_who_changed_which_field_when_and_an_earlier_version_comes_back_as_a_draft() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        var first = publishing.publish("erika", "first");
        var original = service(packages.draft(), "reisepass");
        change(packages.draft().withService("reisepass", s -> s.withTitle(s.title().with("de", "Reisepass (neu)"))
                .withRooms(List.of("rh-e05"))).withService("personalausweis",
                s -> s.withTitle(s.title().with("de", "Personalausweis (neu)"))));
        var second = publishing.publish("bernd", "second");
        change(packages.draft().withService("personalausweis", s -> s.withRooms(List.of("rh-e05"))));
        publishing.publish("carla", "nothing for the passport");
        change(packages.draft().withService("reisepass", s -> s.withSummary(s.summary().with("en", "Changed in the draft."))));

        var versions = history.history(ContentKind.SERVICES, "reisepass");
        assertThat(versions).extracting(EntityVersion::revision)
                .as("the third revision did not change the passport, so it is not listed")
                .containsExactly(null, second.number(), first.number());
        assertThat(versions.get(0).changes()).containsExactly(
                new FieldChange("summary.en", original.summary().texts().get("en"), "Changed in the draft."));
        assertThat(versions.get(1).publishedBy()).isEqualTo("bernd");
        assertThat(versions.get(1).changes()).containsExactly(
                new FieldChange("title.de", original.title().texts().get("de"), "Reisepass (neu)"),
                new FieldChange("rooms", String.join(", ", original.rooms()), "rh-e05"));
        assertThat(versions.get(2).changes()).extracting(FieldChange::before).containsOnlyNulls();
        assertThat(versions.get(2).changes()).extracting(FieldChange::field).contains("title.de", "title.ar", "rooms")
                .anyMatch(field -> field.startsWith("checklist[") && field.endsWith("].note.de"));

        history.restoreAsDraft(ContentKind.SERVICES, "reisepass", first.number(), "erika");
        var draft = packages.draft();
        assertThat(service(draft, "reisepass")).isEqualTo(original);
        assertThat(draft.translationStates()).as("the old German is back, so its translations fit it again")
                .noneMatch(s -> s.key().equals("reisepass"));
        assertThat(service(draft, "personalausweis").title().texts().get("de"))
                .as("the rest of the draft stays").isEqualTo("Personalausweis (neu)");
        assertThat(history.history(ContentKind.SERVICES, "reisepass").getFirst().isDraft()).isTrue();
    }

    private void change(ContentPackage changed) {
        packages.importPackage(ContentPackageCodec.write(changed), "editor");
    }

    private static ContentPackage.Service service(ContentPackage content, String key) {
        return content.services().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
