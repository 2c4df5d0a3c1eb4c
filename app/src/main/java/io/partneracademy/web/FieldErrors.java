package io.partneracademy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Message keys per form field, in the order they were found; only web code and controllers name HTML fields. */
public final class FieldErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private Alert alert;

    /** Adds the message with the given key to the field with the given HTML name. */
    public FieldErrors add(String field, String messageKey) {
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(messageKey);
        return this;
    }

    /** Sets the one message about the whole form rather than a field (a refused file), with its arguments. */
    public FieldErrors alert(String messageKey, Object... arguments) {
        this.alert = new Alert(messageKey, List.of(arguments));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && alert == null;
    }

    /** The message about the whole form, or null; templates show it as {@code formAlert}. */
    public Alert alert() {
        return alert;
    }

    /** Field name to message keys, as the templates read it ({@code errors.get('email')}). */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, keys) -> copy.put(field, List.copyOf(keys)));
        return copy;
    }

    @Override
    public String toString() {
        return alert == null ? byField.toString() : byField + " " + alert;
    }

    /** A message key with the values put into it. */
    public record Alert(String key, List<Object> arguments) {

        /** The arguments as an array, as Thymeleaf's {@code #messages.msgWithParams} takes them. */
        public Object[] args() {
            return arguments.toArray();
        }
    }
}
