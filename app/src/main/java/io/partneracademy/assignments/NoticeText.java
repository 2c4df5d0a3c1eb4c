package io.partneracademy.assignments;

import io.micronaut.context.MessageSource;
import io.partneracademy.accounts.PersonPreferences;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;

/** Notice texts in one person's language (their profile's, English when they chose none), from the message bundles. */
record NoticeText(MessageSource messages, Locale locale) {

    /** The message with its arguments; numbers and dates are formatted as plain text, as the pages show them. */
    String get(String key, Object... arguments) {
        // The raw pattern: the bundles are MessageFormat patterns (as Thymeleaf reads them), which MessageSource's own
        // interpolation is not.
        String pattern = messages.getRawMessage(key, MessageSource.MessageContext.of(locale)).orElseThrow(
                () -> new IllegalStateException("no message " + key));
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    /** Makes the text for a person. */
    @Singleton
    static class Factory {

        private final MessageSource messages;
        private final PersonPreferences preferences;

        Factory(MessageSource messages, PersonPreferences preferences) {
            this.messages = messages;
            this.preferences = preferences;
        }

        NoticeText of(long userId) {
            return new NoticeText(messages, preferences.locale(userId));
        }
    }
}
