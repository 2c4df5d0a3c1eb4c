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

    LiveNotices(Notifications notifications, SessionTimes times) {
        this.notifications = notifications;
        this.times = times;
    }

    void seatGranted(LiveSession session, long userId, boolean fromWaitlist) {
        String subject = (fromWaitlist ? "A seat opened up: you are registered for " : "You are registered for ")
                + session.title();
        notifications.send(userId, KIND, subject, when(session, userId) + ". " + session.description(),
                link(session), key(session, userId, once("seat")));
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
                link(session), key(session, userId, once("given-up")));
    }

    void seatWithdrawn(LiveSession session, long userId) {
        notifications.send(userId, KIND, "Back on the waitlist: " + session.title(),
                session.title() + " now has " + session.capacity() + " seats, fewer than were registered. You are "
                        + "first in line and get a seat as soon as one frees up.",
                link(session), key(session, userId, once("withdrawn")));
    }

    void changed(LiveSession session, long userId) {
        notifications.send(userId, KIND, "Changed: " + session.title(),
                session.title() + " now takes place " + when(session, userId) + ".",
                link(session), key(session, userId, "changed-" + session.sequence()));
    }

    void sessionCancelled(LiveSession session, long userId) {
        notifications.send(userId, KIND, "Cancelled: " + session.title(),
                session.title() + " (" + when(session, userId) + ") does not take place.",
                link(session), key(session, userId, "cancelled"));
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
