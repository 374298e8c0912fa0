package org.wegweiser.migration;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Flyway validates the applied migrations at every start. When one was changed after it ran
 * (or is missing), the application stops instead of running on a schema nobody knows, and
 * says in plain words what happened and what to do.
 */
class ChangedMigrationFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        return new FailureAnalysis(
                "Wegweiser did not start: a database migration was changed (or removed) after it was applied "
                        + "to this database, so the schema may not be what the code expects. Flyway says: "
                        + cause.getMessage(),
                "Do not edit a migration that has been applied. Put back the migration file as it was released "
                        + "and add a new migration with the next version number for the change. If the change was "
                        + "deliberate and is already in the database, run 'flyway repair' after checking it "
                        + "(docs/operations.md).",
                cause);
    }
}
