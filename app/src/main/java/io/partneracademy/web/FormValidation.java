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

    /** A custom message key wins; otherwise the constraint's own key, e.g. "jakarta...NotBlank.message". */
    private static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getName() + ".message";
    }
}
