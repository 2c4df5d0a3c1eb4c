package io.partneracademy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An input failure that says which part of what was given breaks which rule, in the domain's own names (an enum of
 * the parts, or a property name); a form's {@link FormPage#fields} turns each part into the input that shows it.
 * Not generic: Java forbids generic exceptions, so a subclass documents the type of its parts.
 */
public class InvalidPartsException extends InvalidInputException {

    private final transient List<Problem> problems;

    protected InvalidPartsException(Object part, String messageKey, Object... arguments) {
        this(List.of(new Problem(part, messageKey, Arrays.asList(arguments))));
    }

    protected InvalidPartsException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList(), problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    /** Every broken rule, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One broken rule: the part of the input (an enum constant or a property name), the message key and the values
     * the message names (a {@link java.time.LocalDate}, a number, a title, the text typed), unformatted: each page
     * writes them in its reader's language.
     */
    public record Problem(Object part, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public Problem(Object part, String messageKey) {
            this(part, messageKey, List.of());
        }

        /** A broken rule whose message names these values. */
        public static Problem of(Object part, String messageKey, Object... arguments) {
            return new Problem(part, messageKey, Arrays.asList(arguments));
        }
    }
}
