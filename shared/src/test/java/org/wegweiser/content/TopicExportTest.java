package org.wegweiser.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.SharedTestApplication;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TestDatabases;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class TopicExportTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;

    @Test
    void a_selection_of_topics_exports_with_what_it_needs_and_imports_into_an_empty_database() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        var draft = packages.draft();
        var family = draft.services().stream().filter(s -> s.topics().contains("familie"))
                .map(ContentPackage.Service::key).toList();
        assertThat(family).isNotEmpty();

        var selection = ContentPackageCodec.read(packages.exportTopics(List.of("familie")));
        assertThat(selection.topics()).extracting(ContentPackage.Topic::key).containsExactly("familie");
        assertThat(selection.services()).extracting(ContentPackage.Service::key).containsExactlyElementsOf(family);
        assertThat(selection.services()).allSatisfy(s -> assertThat(s.topics()).containsExactly("familie"));
        assertThat(selection.announcements()).isEmpty();
        assertThat(selection.offices().size()).isLessThan(draft.offices().size());
        assertThat(selection.languages()).isEqualTo(draft.languages());

        String otherDatabase = TestDatabases.create();
        try (var other = new SpringApplicationBuilder(SharedTestApplication.class)
                .properties("spring.datasource.url=" + otherDatabase,
                        "spring.datasource.username=" + TestDatabases.USER,
                        "spring.datasource.password=" + TestDatabases.PASSWORD)
                .run()) {
            var otherPackages = other.getBean(ContentPackageService.class);
            otherPackages.importPackage(ContentPackageCodec.write(selection), "test");
            var imported = otherPackages.draft();
            assertThat(imported.services()).extracting(ContentPackage.Service::key).containsExactlyElementsOf(family);
            assertThat(imported.services().getFirst().title())
                    .isEqualTo(draft.services().stream().filter(s -> s.key().equals(family.getFirst())).findFirst()
                            .orElseThrow().title());
        }
    }

    @Test
    void an_unknown_topic_is_refused() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        assertThatThrownBy(() -> packages.exportTopics(Set.of("familie", "gibt-es-nicht")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> packages.exportTopics(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
