package io.partneracademy.web;

import java.util.List;

/** Thrown when a form's values break a business rule; carries message keys per field. */
public class FormErrors extends RuntimeException {

    private final transient List<FieldError> errors;

    public FormErrors(List<FieldError> errors) {
        super("form has " + errors.size() + " errors");
        this.errors = List.copyOf(errors);
    }

    public FormErrors(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One problem with one field, as an i18n key. */
    public record FieldError(String field, String messageKey) {
    }
}
