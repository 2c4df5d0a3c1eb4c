package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

/** A failure a user can be told about: it carries its HTTP status and a message key for the error page. */
public abstract class ApplicationException extends RuntimeException {

    private final transient Object[] arguments;

    protected ApplicationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    /** The HTTP status this failure is reported with. */
    public abstract HttpStatus status();

    /** The i18n key of the sentence that explains the failure. */
    public String messageKey() {
        return getMessage();
    }

    /** The values substituted into the message. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
