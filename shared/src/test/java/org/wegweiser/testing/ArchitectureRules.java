package org.wegweiser.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of STYLE.md, shared by the architecture tests of every module. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The production classes of the module under test (tests and jars excluded). */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.wegweiser");
    }

    public static final ArchRule NO_VAADIN = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("shared is the domain; only kiosk-ui and admin-ui know Vaadin");

    public static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("org.wegweiser.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    /** A feature's {@code internal} package is its own: no other feature reaches into it. */
    public static final ArchRule INTERNALS_STAY_INSIDE_THEIR_FEATURE = classes()
            .should(new ArchCondition<>("only use internal packages of their own feature") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        int internal = target.indexOf(".internal");
                        if (target.startsWith("org.wegweiser.") && internal > 0
                                && !item.getPackageName().startsWith(target.substring(0, internal))) {
                            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    /** Views call services, never repositories or persistence classes. */
    public static final ArchRule VIEWS_USE_SERVICES_ONLY = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are repositories or persistence classes",
                    (JavaClass c) -> c.getPackageName().contains(".internal")
                            || c.getPackageName().startsWith("org.springframework.data")
                            || c.getPackageName().startsWith("jakarta.persistence")))
            .allowEmptyShould(true);
}
