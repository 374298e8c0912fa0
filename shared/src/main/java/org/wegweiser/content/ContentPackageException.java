package org.wegweiser.content;

import java.util.List;
import java.util.stream.Collectors;

/** A content package that cannot be imported, with every problem found and where it is. */
public class ContentPackageException extends RuntimeException {

    private final List<Problem> problems;

    public ContentPackageException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n",
                "The content package was not imported (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "):\n", "")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param where the place in the package, e.g. {@code services[3] 'reisepass'.title} */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }
}
