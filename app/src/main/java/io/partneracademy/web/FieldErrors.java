package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages per form field, in the order they were found; only web code and controllers name HTML fields. */
public final class FieldErrors {

    private final Map<String, List<Message>> byField = new LinkedHashMap<>();
    private Message alert;

    /**
     * Adds the message with the given key to the field with the given HTML name; its arguments (dates, numbers, the
     * value typed) are written in the reader's language when the page is drawn.
     */
    public FieldErrors add(String field, String messageKey, Object... arguments) {
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(Message.of(messageKey, arguments));
        return this;
    }

    /**
     * Sets the one message about the whole form rather than a field (a refused file), with its arguments, written in
     * the reader's language like a field's ({@link Message#args}).
     */
    public FieldErrors alert(String messageKey, Object... arguments) {
        this.alert = Message.of(messageKey, arguments);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && alert == null;
    }

    /** The message about the whole form, or null; templates show it as {@code formAlert}. */
    public Message alert() {
        return alert;
    }

    /** Field name to its messages, as the templates read it ({@code errors.get('email')}). */
    public Map<String, List<Message>> asMap() {
        Map<String, List<Message>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return copy;
    }

    @Override
    public String toString() {
        return alert == null ? byField.toString() : byField + " " + alert;
    }

    /**
     * A message key with the values put into it, kept as they are (a {@link java.time.LocalDate}, a number, the text
     * typed) until the page is drawn, so that each reader sees them written their own way.
     *
     * @param arguments the values in the message's order; a null is shown as nothing
     */
    public record Message(String key, List<Object> arguments) {

        public Message {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        static Message of(String key, Object... arguments) {
            return new Message(key, Arrays.asList(arguments));
        }

        /** The arguments written for the reader ({@code _errors :: field} passes the page's {@code fmt}). */
        public Object[] args(@Nullable Formats fmt) {
            return arguments.stream().map(a -> fmt == null ? Formats.plain(a) : fmt.argument(a)).toArray();
        }
    }
}
