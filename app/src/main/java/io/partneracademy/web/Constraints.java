package io.partneracademy.web;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;

/** Runs Bean Validation on a record and names each broken constraint by its property and our message key. */
@Singleton
public class Constraints {

    private final Validator validator;

    Constraints(Validator validator) {
        this.validator = validator;
    }

    /** The record's broken constraints; empty when it is valid. */
    public List<Violation> of(Object record) {
        return validator.validate(record).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), messageKey(v)))
                .toList();
    }

    /** One broken constraint: the record's property (its component name) and the i18n key of the message. */
    public record Violation(String property, String messageKey) {
    }

    /**
     * Our own key per constraint ("constraint.NotBlank"): the jakarta.* keys are also defined by
     * micronaut-validation's bundled messages, and which bundle answers first is not fixed.
     */
    private static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        boolean custom = template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.");
        if (custom) {
            return template.substring(1, template.length() - 1);
        }
        return "constraint." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
