package org.wegweiser;

import org.junit.jupiter.api.Test;
import org.wegweiser.testing.ArchitectureRules;

class ArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = ArchitectureRules.productionClasses();

    @Test
    void shared_does_not_import_vaadin() {
        ArchitectureRules.NO_VAADIN.check(classes);
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        ArchitectureRules.FEATURES_FREE_OF_CYCLES.check(classes);
    }

    @Test
    void no_feature_reaches_into_another_features_internals() {
        ArchitectureRules.INTERNALS_STAY_INSIDE_THEIR_FEATURE.check(classes);
    }
}
