package io.partneracademy.web;

import java.util.List;

/**
 * An input failure that says which part of what was given breaks which rule, in the domain's own names (an enum of
 * the parts, or a property name); a form's {@link FormPage#fields} turns each part into the input that shows it.
 * Not generic: Java forbids generic exceptions, so a subclass documents the type of its parts.
 */
public class InvalidPartsException extends InvalidInputException {

    private final transient List<Problem> problems;

    protected InvalidPartsException(Object part, String messageKey) {
        this(List.of(new Problem(part, messageKey)));
    }

    protected InvalidPartsException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    /** Every broken rule, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** One broken rule: the part of the input (an enum constant or a property name) and the message key. */
    public record Problem(Object part, String messageKey) {
    }
}
