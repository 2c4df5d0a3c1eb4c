package io.partneracademy.roster;

import io.micronaut.context.MessageSource;
import io.partneracademy.web.Language;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The invitation a roster import mails a new person, in one of our languages: the one the file gives for them, else
 * the language the importing admin works in (the company's, as far as we know it).
 */
@Singleton
class RosterInvitationMail {

    private final MessageSource messages;

    RosterInvitationMail(MessageSource messages) {
        this.messages = messages;
    }

    /** The mail's subject and text. */
    record Text(String subject, String body) {
    }

    /** The language of the invitation: the line's, else the importer's if we have it, else English. */
    static Language language(RosterPreview.Joining joining, Locale importer) {
        return joining.language() != null ? joining.language()
                : Language.of(importer.getLanguage()).orElse(Language.DEFAULT);
    }

    Text text(Language language, String inviter, String company) {
        Locale locale = language.locale();
        return new Text(format("roster.invitation.subject", locale),
                format("roster.invitation.body", locale, inviter, company));
    }

    private String format(String key, Locale locale, Object... arguments) {
        // The raw pattern: the bundles are MessageFormat patterns, which MessageSource's interpolation is not.
        String pattern = messages.getRawMessage(key, MessageSource.MessageContext.of(locale))
                .orElseThrow(() -> new IllegalStateException("no message " + key));
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
