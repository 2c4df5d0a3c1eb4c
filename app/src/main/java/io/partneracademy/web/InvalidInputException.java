package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A value given to a service breaks a rule, said in the domain's terms (an e-mail already taken, a password too
 * short); never names an HTML field. A form's controller maps it to a field with {@link FormPage#field}; anywhere
 * else it is a 422 error page or problem body.
 */
public class InvalidInputException extends ApplicationException {

    private final transient List<String> messageKeys;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.messageKeys = List.of(messageKey);
    }

    /** Several broken rules about one value at once (all of a password's problems). */
    public InvalidInputException(List<String> messageKeys) {
        this(messageKeys, new Object[0]);
    }

    /** Several broken rules; {@code firstArguments} are the values the first one's message names. */
    protected InvalidInputException(List<String> messageKeys, Object... firstArguments) {
        super(messageKeys.get(0), firstArguments);
        this.messageKeys = List.copyOf(messageKeys);
    }

    /** The i18n keys of every broken rule, the first one being {@link #messageKey()}. */
    public List<String> messageKeys() {
        return messageKeys;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
