package io.partneracademy.live;

import io.partneracademy.notifications.Notifications;
import jakarta.inject.Singleton;

/**
 * Tells people what happened to their place in a session, through the notification list and its mail queue. Each
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

    LiveNotices(Notifications notifications, SessionTimes times, Invites invites, RegistrationRepository registrations) {
        this.notifications = notifications;
        this.times = times;
        this.invites = invites;
        this.registrations = registrations;
    }

    void seatGranted(LiveSession session, long userId, boolean fromWaitlist) {
        String subject = (fromWaitlist ? "A seat opened up: you are registered for " : "You are registered for ")
                + session.title();
        notifications.send(userId, KIND, subject, when(session, userId) + ". " + session.description()
                        + " The invitation for your calendar is attached.",
                link(session), key(session, userId, once("seat")),
                invites.request(session, userId, nextSequence(session, userId)));
    }

    void waitlisted(LiveSession session, long userId, int place) {
        notifications.send(userId, KIND, "You are on the waitlist for " + session.title(),
                "You are number " + place + " in line for " + session.title() + " (" + when(session, userId)
                        + "). If a seat frees up it is yours and we tell you.",
                link(session), key(session, userId, once("waitlist")));
    }

    void seatGivenUp(LiveSession session, long userId) {
        notifications.send(userId, KIND, "Registration cancelled: " + session.title(),
                "You gave up your seat for " + session.title() + " (" + when(session, userId) + ").",
                link(session), key(session, userId, once("given-up")),
                invites.cancel(session, userId, nextSequence(session, userId)));
    }

    void seatWithdrawn(LiveSession session, long userId) {
        notifications.send(userId, KIND, "Back on the waitlist: " + session.title(),
                session.title() + " now has " + session.capacity() + " seats, fewer than were registered. You are "
                        + "first in line and get a seat as soon as one frees up.",
                link(session), key(session, userId, once("withdrawn")),
                invites.cancel(session, userId, nextSequence(session, userId)));
    }

    /** The session's time or place changed: people with a seat get the updated calendar entry. */
    void changed(LiveSession session, long userId, boolean seat) {
        String subject = "Changed: " + session.title();
        String body = session.title() + " now takes place " + when(session, userId) + ".";
        String key = key(session, userId, "changed-" + session.sequence());
        if (seat) {
            notifications.send(userId, KIND, subject, body + " The updated calendar entry is attached.", link(session),
                    key, invites.request(session, userId, nextSequence(session, userId)));
        } else {
            notifications.send(userId, KIND, subject, body, link(session), key);
        }
    }

    /** The session was cancelled: people with a seat get a calendar cancellation. */
    void sessionCancelled(LiveSession session, long userId, boolean seat) {
        String subject = "Cancelled: " + session.title();
        String body = session.title() + " (" + when(session, userId) + ") does not take place.";
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
        notifications.send(userId, KIND, "Recording available: " + session.title(),
                "The recording of " + session.title() + " is on the session page.", link(session),
                key(session, userId, "recording"));
    }

    /** Sent 24 hours and 1 hour before the start to people with a seat. */
    boolean reminder(LiveSession session, long userId, String which) {
        return notifications.send(userId, KIND, "Reminder: " + session.title() + " starts " + which,
                session.title() + " starts " + when(session, userId) + ". The join link is on the session page "
                        + "shortly before the start.", link(session), key(session, userId, "reminder-" + which));
    }

    /** Every calendar message to a person gets a higher SEQUENCE than the one before (see invite_seq). */
    private int nextSequence(LiveSession session, long userId) {
        registrations.advanceInviteSeq(session.id(), userId);
        return session.sequence() + registrations.inviteSeq(session.id(), userId);
    }

    private String when(LiveSession session, long userId) {
        return times.span(session, times.zoneFor(userId, session));
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
