package org.wegweiser.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A save that was refused because of what was entered; nothing was written.
 *
 * @see Problem#message the message key, which the UI shows from its bundles
 */
public class EditRefused extends RuntimeException {

    private final List<Problem> problems;

    public EditRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message() + (p.detail() == null ? "" : " " + p.detail()))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field   the draft's component the problem is in, e.g. {@code title}
     * @param message a message key such as {@code edit.required}
     * @param detail  a value for the message (a limit, the validator's text), or null
     */
    public record Problem(String field, String message, String detail) {
    }
}
