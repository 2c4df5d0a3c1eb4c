package io.partneracademy.notifications;

import io.micronaut.context.MessageSource;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Preferences;
import io.partneracademy.web.Formats;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The texts of a notification (and so of its mail) in the recipient's language, their profile's else English, with
 * dates in their time zone: every feature that notifies someone writes the subject and body through
 * {@code texts.of(userId).get("key", arguments)} from the message bundles.
 */
@Singleton
public class RecipientTexts {

    private final MessageSource messages;
    private final PersonPreferences preferences;

    RecipientTexts(MessageSource messages, PersonPreferences preferences) {
        this.messages = messages;
        this.preferences = preferences;
    }

    /** The texts for one recipient. */
    public Text of(long userId) {
        Preferences chosen = preferences.of(userId);
        return new Text(messages, chosen.locale(), chosen.formats());
    }

    /**
     * Messages in one language, and dates and numbers as that person reads them.
     *
     * @param formats dates, times and numbers in the recipient's language and zone
     */
    public record Text(MessageSource messages, Locale locale, Formats formats) {

        /** The message formatted as pages format it (the bundles are {@link MessageFormat} patterns). */
        public String get(String key, Object... arguments) {
            // The raw pattern: MessageSource's own interpolation does not read MessageFormat patterns.
            String pattern = messages.getRawMessage(key, MessageSource.MessageContext.of(locale))
                    .orElseThrow(() -> new IllegalStateException("No message " + key));
            return new MessageFormat(pattern, locale).format(arguments);
        }
    }
}
