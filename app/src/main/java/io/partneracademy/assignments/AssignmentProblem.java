package io.partneracademy.assignments;

import java.util.List;

/**
 * Why an assignment was refused: a message key and its arguments, for the form field it concerns.
 *
 * @param args the message's arguments in order, already formatted
 */
public record AssignmentProblem(String field, String key, List<String> args) {

    /** The argument at {@code i}, or empty: templates pass three to every message. */
    public String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
