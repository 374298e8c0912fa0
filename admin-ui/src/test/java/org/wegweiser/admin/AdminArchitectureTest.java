package org.wegweiser.admin;

import org.junit.jupiter.api.Test;
import org.wegweiser.testing.ArchitectureRules;

class AdminArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = ArchitectureRules.productionClasses();

    @Test
    void views_use_services_never_repositories() {
        ArchitectureRules.VIEWS_USE_SERVICES_ONLY.check(classes);
    }

    @Test
    void no_feature_reaches_into_another_features_internals() {
        ArchitectureRules.INTERNALS_STAY_INSIDE_THEIR_FEATURE.check(classes);
    }
}
