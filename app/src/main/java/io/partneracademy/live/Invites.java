package io.partneracademy.live;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.notifications.MailSettings;
import io.partneracademy.notifications.Notifications;
import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Calendar entries for sessions: the invitation (REQUEST) and cancellation (CANCEL) mailed to one person, the
 * "add to calendar" download and the personal feed (PUBLISH). One session is one UID everywhere, so a calendar
 * updates the entry it has. The meeting link is never in a calendar entry: it appears on the session page shortly
 * before the start, for people with a seat, and the entry links there. The words around the session's own description
 * are in the language of the person the file is for (the invitee, the feed's owner), from their profile.
 */
@Singleton
class Invites {

    static final String CALENDAR_NAME = "Partner Academy live sessions";

    private final Users users;
    private final String organizer;
    private final String baseUrl;
    private final LiveSettings settings;
    private final Clock clock;
    private final MessageSource messages;
    private final PersonPreferences preferences;

    Invites(Users users, MailSettings mail, LiveSettings settings,
            @Value("${partneracademy.public-base-url}") String baseUrl, Clock clock, MessageSource messages,
            PersonPreferences preferences) {
        this.messages = messages;
        this.preferences = preferences;
        this.users = users;
        this.organizer = address(mail.from());
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.settings = settings;
        this.clock = clock;
    }

    /** An invitation or update for the person, with this iCalendar sequence. */
    Notifications.Attachment request(LiveSession session, long userId, int sequence) {
        return attachment(Ics.Method.REQUEST, List.of(event(session, users.get(userId), sequence, false,
                preferences.locale(userId))));
    }

    /** A cancellation of the person's entry, with this (higher) sequence. */
    Notifications.Attachment cancel(LiveSession session, long userId, int sequence) {
        return attachment(Ics.Method.CANCEL, List.of(event(session, users.get(userId), sequence, true,
                preferences.locale(userId))));
    }

    /** A calendar for the person to import or subscribe to: the sessions, each with its sequence. */
    String publish(List<LiveSession> sessions, List<Integer> sequences, long ownerId) {
        Locale locale = preferences.locale(ownerId);
        List<Ics.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            events.add(event(sessions.get(i), null, sequences.get(i), sessions.get(i).cancelled(), locale));
        }
        return Ics.calendar(Ics.Method.PUBLISH, CALENDAR_NAME, organizer, clock.instant(), events);
    }

    private Notifications.Attachment attachment(Ics.Method method, List<Ics.Event> events) {
        String text = Ics.calendar(method, CALENDAR_NAME, organizer, clock.instant(), events);
        return new Notifications.Attachment(method == Ics.Method.CANCEL ? "cancel.ics" : "invite.ics",
                "text/calendar; charset=UTF-8; method=" + method.name(), text);
    }

    private Ics.Event event(LiveSession s, @Nullable UserSummary attendee, int sequence, boolean cancelled,
                            Locale locale) {
        String page = baseUrl + LiveController.PATH + "/" + s.id();
        String pattern = messages.getRawMessage("live.ics.description", MessageSource.MessageContext.of(locale))
                .orElseThrow(() -> new IllegalStateException("no message live.ics.description"));
        String description = new MessageFormat(pattern, locale).format(new Object[]{s.description(), page,
                String.valueOf(settings.joinWindow().toMinutes())});
        return new Ics.Event(s.uid(), sequence, s.startsAt(), s.endsAt(), s.title(), description, page,
                cancelled || s.cancelled(), attendee == null ? null : new Ics.Attendee(attendee.displayName(),
                attendee.email()));
    }

    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("partneracademy.mail.from is not a mail address: " + from, e);
        }
    }
}
