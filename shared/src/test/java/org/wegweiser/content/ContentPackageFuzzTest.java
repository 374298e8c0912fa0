package org.wegweiser.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TableDigest;
import org.wegweiser.testing.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A content package is hostile until proven otherwise: 1 000 mutations of the demo package,
 * each either imported completely (what export gives back is what was imported) or refused
 * with a ContentPackageException and the database unchanged to the last row.
 */
@SpringBootTest
class ContentPackageFuzzTest {

    private static final long SEED = 20261203L;
    private static final int MUTATIONS = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_mutated_package_is_imported_completely_or_refused_with_nothing_changed() {
        byte[] demo = DemoContent.musterstadt();
        packages.importPackage(demo, "test");
        // The audit log records refusals too; every other table must stay as it was.
        Set<String> notContent = Set.of("flyway_schema_history", "audit_entry");
        var random = new Random(SEED);
        int imported = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            int kind = random.nextInt(10);
            byte[] mutated = mutate(demo, kind, random);
            var before = TableDigest.of(jdbc, notContent);
            try {
                packages.importPackage(mutated, "fuzz");
                imported++;
                assertImportedCompletely(mutated, packages.exportPackage(), "mutation " + i + " (kind " + kind + ")");
            } catch (ContentPackageException e) {
                refused++;
                assertThat(e.problems()).as("mutation %d says why", i).isNotEmpty();
                assertThat(TableDigest.of(jdbc, notContent)).as("mutation %d (kind %d) was refused, so nothing changed", i, kind)
                        .isEqualTo(before);
            } catch (RuntimeException e) {
                fail("mutation " + i + " (kind " + kind + ") was neither imported nor refused with a reason: " + e, e);
            }
        }
        assertThat(imported + refused).isEqualTo(MUTATIONS);
        assertThat(refused).as("most mutations break the package").isGreaterThan(MUTATIONS / 2);
        assertThat(imported).as("some mutations are still a valid package").isPositive();
    }

    @Test
    void a_package_over_the_size_limit_is_refused_before_it_is_parsed() {
        byte[] huge = new byte[ContentPackageCodec.MAX_PACKAGE_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        try {
            ContentPackageCodec.read(huge);
            fail("a package over the limit was read");
        } catch (ContentPackageException e) {
            assertThat(e.problems().getFirst().message()).contains("at most 32 MB");
        }
    }

    @Test
    void embedded_file_names_with_a_path_are_refused() {
        for (String name : List.of("../../etc/passwd", "/etc/passwd", "plans\\\\..\\\\x.svg", "plans/a\\u0000.svg",
                "plans/../logo/x.svg", "C:/x.svg", "pictograms/x.svg.jsp")) {
            ObjectNode root = (ObjectNode) JSON.readTree(DemoContent.musterstadt());
            ((ObjectNode) root.get("organisation")).put("logo", JSON.readValue("\"" + name + "\"", String.class));
            ((ObjectNode) root.get("topics").get(0)).put("pictogram", "../" + name);
            try {
                packages.preview(JSON.writeValueAsBytes(root));
                fail("accepted " + name);
            } catch (ContentPackageException e) {
                assertThat(e.problems()).extracting(ContentPackageException.Problem::where)
                        .contains("organisation.logo", "topics[0].pictogram");
            }
        }
    }

    @Test
    void a_text_of_one_megabyte_is_refused_with_a_clear_problem_instead_of_being_cut() {
        ObjectNode root = (ObjectNode) JSON.readTree(DemoContent.musterstadt());
        ObjectNode summary = (ObjectNode) root.get("services").get(0).get("summary");
        summary.put("de", "x".repeat(1024 * 1024));
        try {
            packages.preview(JSON.writeValueAsBytes(root));
            fail("a 1 MB text was accepted");
        } catch (ContentPackageException e) {
            assertThat(e.problems()).anySatisfy(problem -> {
                assertThat(problem.where()).contains("services").contains("summary");
                assertThat(problem.message()).contains("1048576 bytes", "at most 65535");
            });
        }
    }

    /**
     * Export gives back every part of what was imported. Translation states may grow: a changed
     * German text marks its translations outdated, which is the import doing its job.
     */
    private static void assertImportedCompletely(byte[] imported, byte[] exported, String what) {
        JsonNode in = JSON.readTree(ContentPackageCodec.write(ContentPackageCodec.read(imported)));
        JsonNode out = JSON.readTree(exported);
        for (String part : in.propertyNames()) {
            if (part.equals("translationStates")) {
                var exportedStates = new java.util.HashSet<JsonNode>();
                out.get(part).forEach(exportedStates::add);
                in.get(part).forEach(state -> assertThat(exportedStates).as("%s: %s", what, part).contains(state));
            } else {
                assertThat(out.get(part)).as("%s was imported, so export gives back its %s", what, part).isEqualTo(in.get(part));
            }
        }
    }

    private static byte[] mutate(byte[] demo, int kind, Random random) {
        return switch (kind) {
            case 0 -> flipBytes(demo, random);
            case 1 -> Arrays.copyOf(demo, random.nextInt(demo.length));
            default -> tree(demo, kind, random);
        };
    }

    private static byte[] flipBytes(byte[] demo, Random random) {
        byte[] copy = demo.clone();
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips; f++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] tree(byte[] demo, int kind, Random random) {
        JsonNode root = JSON.readTree(demo);
        var containers = new ArrayList<JsonNode>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            var names = new ArrayList<String>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (kind) {
                case 2 -> object.remove(name);                                          // deleted field
                case 3 -> object.set(name + (random.nextBoolean() ? "" : "X"), object.get(name).deepCopy()); // duplicated / unknown field
                case 4 -> object.set(name, JSON.readTree(random.nextBoolean() ? "42" : "true")); // wrong type
                case 5 -> object.put(name, "9".repeat(1 + random.nextInt(40)));          // huge number as text
                case 6 -> object.set(name, JSON.readTree("9".repeat(1 + random.nextInt(40)))); // huge number
                case 7 -> object.set(name, nested(random.nextInt(100)));               // deep nesting
                case 8 -> object.putNull(name);                                           // null
                default -> object.put(name, "<script>alert(" + random.nextInt() + ")</script>"); // hostile text
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (kind % 3) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy());                        // duplicated entry
                default -> array.set(index, JSON.readTree("\"" + random.nextInt() + "\""));
            }
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode nested(int depth) {
        return JSON.readTree("[".repeat(depth + 1) + "]".repeat(depth + 1));
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }
}
