package io.partneracademy.live;

import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import io.partneracademy.notifications.RecipientTexts.Text;
import jakarta.inject.Singleton;


/**
 * Tells people what happened to their place in a session, through the notification list and its mail queue, in the
 * language of their profile (en/de/fr/ja, texts under {@code live.notice.*} in the message bundles). Each
 * notice's dedupe key names the session, the person and the session's sequence or place, so a retried transaction
 * never tells anyone twice, while a later change tells them again.
 */
@Singleton
class LiveNotices {

    static final String KIND = "live";

    private final Notifications notifications;
    private final SessionTimes times;
    private final Invites invites;
    private final RegistrationRepository registrations;
    private final RecipientTexts texts;

    LiveNotices(Notifications notifications, SessionTimes times, Invites invites, RegistrationRepository registrations,
                RecipientTexts texts) {
        this.notifications = notifications;
        this.times = times;
        this.invites = invites;
        this.registrations = registrations;
        this.texts = texts;
    }

    void seatGranted(LiveSession session, long userId, boolean fromWaitlist) {
        Text t = text(userId);
        notifications.send(userId, KIND, t.get(fromWaitlist ? "live.notice.seat-from-waitlist.subject"
                        : "live.notice.seat.subject", session.title()),
                t.get("live.notice.seat.body", when(session, userId, t), session.description()),
                link(session), key(session, userId, once("seat")),
                invites.request(session, userId, nextSequence(session, userId)));
    }

    void waitlisted(LiveSession session, long userId, int place) {
        Text t = text(userId);
        notifications.send(userId, KIND, t.get("live.notice.waitlisted.subject", session.title()),
                t.get("live.notice.waitlisted.body", String.valueOf(place), session.title(), when(session, userId, t)),
                link(session), key(session, userId, once("waitlist")));
    }

    void seatGivenUp(LiveSession session, long userId) {
        Text t = text(userId);
        notifications.send(userId, KIND, t.get("live.notice.given-up.subject", session.title()),
                t.get("live.notice.given-up.body", session.title(), when(session, userId, t)),
                link(session), key(session, userId, once("given-up")),
                invites.cancel(session, userId, nextSequence(session, userId)));
    }

    void seatWithdrawn(LiveSession session, long userId) {
        Text t = text(userId);
        notifications.send(userId, KIND, t.get("live.notice.withdrawn.subject", session.title()),
                t.get("live.notice.withdrawn.body", session.title(), String.valueOf(session.capacity())),
                link(session), key(session, userId, once("withdrawn")),
                invites.cancel(session, userId, nextSequence(session, userId)));
    }

    /** The session's time or place changed: people with a seat get the updated calendar entry. */
    void changed(LiveSession session, long userId, boolean seat) {
        Text t = text(userId);
        String subject = t.get("live.notice.changed.subject", session.title());
        String key = key(session, userId, "changed-" + session.sequence());
        if (seat) {
            notifications.send(userId, KIND, subject, t.get("live.notice.changed.body-seat", session.title(),
                    when(session, userId, t)), link(session), key, invites.request(session, userId,
                    nextSequence(session, userId)));
        } else {
            notifications.send(userId, KIND, subject, t.get("live.notice.changed.body", session.title(),
                    when(session, userId, t)), link(session), key);
        }
    }

    /** The session was cancelled: people with a seat get a calendar cancellation. */
    void sessionCancelled(LiveSession session, long userId, boolean seat) {
        Text t = text(userId);
        String subject = t.get("live.notice.cancelled.subject", session.title());
        String body = t.get("live.notice.cancelled.body", session.title(), when(session, userId, t));
        String key = key(session, userId, "cancelled");
        if (seat) {
            notifications.send(userId, KIND, subject, body, link(session), key,
                    invites.cancel(session, userId, nextSequence(session, userId)));
        } else {
            notifications.send(userId, KIND, subject, body, link(session), key);
        }
    }

    /** The recording was attached after the session: everyone who registered or waited can watch it. */
    void recordingAdded(LiveSession session, long userId) {
        Text t = text(userId);
        notifications.send(userId, KIND, t.get("live.notice.recording.subject", session.title()),
                t.get("live.notice.recording.body", session.title()), link(session),
                key(session, userId, "recording"));
    }

    /** Sent 24 hours ({@link LiveReminders#DAY}) and 1 hour ({@link LiveReminders#HOUR}) before the start. */
    boolean reminder(LiveSession session, long userId, String which) {
        Text t = text(userId);
        return notifications.send(userId, KIND, t.get("live.notice.reminder." + which + ".subject", session.title()),
                t.get("live.notice.reminder.body", session.title(), when(session, userId, t)), link(session),
                key(session, userId, "reminder-" + which));
    }

    /** The texts in the recipient's language (their profile's, else English), formatted as the templates are. */
    private Text text(long userId) {
        return texts.of(userId);
    }

    /** Every calendar message to a person gets a higher SEQUENCE than the one before (see invite_seq). */
    private int nextSequence(LiveSession session, long userId) {
        registrations.advanceInviteSeq(session.id(), userId);
        return session.sequence() + registrations.inviteSeq(session.id(), userId);
    }

    private String when(LiveSession session, long userId, Text t) {
        return times.span(session, times.zoneFor(userId, session), t.locale());
    }

    static String link(LiveSession session) {
        return LiveController.PATH + "/" + session.id();
    }

    /**
     * A key for a notice about something a person did or that happened once (a seat granted, a place in line): the
     * notice is written in the same transaction, so a retry rolls both back and the key only has to be unique.
     */
    private static String once(String what) {
        return what + "-" + java.util.UUID.randomUUID();
    }

    private static String key(LiveSession session, long userId, String what) {
        return "live:" + session.id() + ":" + userId + ":" + what;
    }
}
