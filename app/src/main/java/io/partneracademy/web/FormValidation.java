package io.partneracademy.web;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;

/** Runs Bean Validation on a submitted form and turns violations into field errors. */
@Singleton
public class FormValidation {

    private final Validator validator;

    FormValidation(Validator validator) {
        this.validator = validator;
    }

    /** The form's violations; empty when it is valid. */
    public List<FormErrors.FieldError> check(Object form) {
        return validator.validate(form).stream()
                .map(v -> new FormErrors.FieldError(v.getPropertyPath().toString(), messageKey(v)))
                .toList();
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
