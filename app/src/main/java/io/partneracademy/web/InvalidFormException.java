package io.partneracademy.web;

/** A submitted form broke its constraints; the one error handler draws its page again with 422. */
public final class InvalidFormException extends RuntimeException {

    private final transient FormPage page;
    private final transient FieldErrors errors;

    InvalidFormException(FormPage page, FieldErrors errors) {
        super("form " + page.view() + " is invalid: " + errors);
        this.page = page;
        this.errors = errors;
    }

    FormPage page() {
        return page;
    }

    FieldErrors errors() {
        return errors;
    }
}
