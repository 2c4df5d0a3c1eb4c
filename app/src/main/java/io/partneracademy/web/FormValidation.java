package io.partneracademy.web;

import jakarta.inject.Singleton;
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
                .map(v -> new FormErrors.FieldError(v.getPropertyPath().toString(), messageKey(v.getMessageTemplate())))
                .toList();
    }

    /** "{jakarta.validation.constraints.NotBlank.message}" becomes a key of messages.properties. */
    private static String messageKey(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
