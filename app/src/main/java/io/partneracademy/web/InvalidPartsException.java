package io.partneracademy.web;

import java.util.List;

/**
 * An input failure that says which part of what was given breaks which rule, in the domain's own names (an enum of
 * the parts, or a property name); a form's {@link FormPage#fields} turns each part into the input that shows it.
 *
 * @param <P> how the domain names a part
 */
public class InvalidPartsException<P> extends InvalidInputException {

    private final transient List<Problem<P>> problems;

    protected InvalidPartsException(P part, String messageKey) {
        this(List.of(new Problem<>(part, messageKey)));
    }

    protected InvalidPartsException(List<Problem<P>> problems) {
        super(problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    /** Every broken rule, in the order found. */
    public List<Problem<P>> problems() {
        return problems;
    }

    /** The first (often the only) part a rule is broken for. */
    public P part() {
        return problems.get(0).part();
    }

    /** One broken rule: the part of the input and the message key. */
    public record Problem<P>(P part, String messageKey) {
    }
}
