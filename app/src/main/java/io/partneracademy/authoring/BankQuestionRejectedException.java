package io.partneracademy.authoring;

import java.util.List;
import java.util.Map;

/**
 * A question written on the bank page breaks rules of the exam format: the exam reader's messages by form field, and
 * those that belong to no field of the question (another bank, the blueprint's pools) as {@code file:line} lines.
 */
class BankQuestionRejectedException extends RuntimeException {

    private final transient Map<String, List<String>> fields;
    private final transient List<String> general;

    BankQuestionRejectedException(Map<String, List<String>> fields, List<String> general) {
        super("question rejected: " + fields + " " + general);
        this.fields = Map.copyOf(fields);
        this.general = List.copyOf(general);
    }

    Map<String, List<String>> fields() {
        return fields;
    }

    List<String> general() {
        return general;
    }

    int count() {
        return fields.values().stream().mapToInt(List::size).sum() + general.size();
    }
}
