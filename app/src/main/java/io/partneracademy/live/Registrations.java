package io.partneracademy.live;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seats and the waitlist. Every change to who holds a seat in a session runs under that session's row lock
 * ({@code SELECT … FOR UPDATE}), taken before anything else is read, so the count of seats taken is always current
 * and two people can never get the last seat. Each decision takes the session's next sequence number, so the
 * waitlist is ordered exactly as registrations were decided; a freed seat goes to the first in line.
 */
@Singleton
public class Registrations {

    private final LiveSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SessionAccess access;
    private final LiveNotices notices;
    private final LiveSettings settings;
    private final Clock clock;

    Registrations(LiveSessionRepository sessions, RegistrationRepository registrations, SessionAccess access,
                  LiveNotices notices, LiveSettings settings, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /** Registers the person: a seat while there is one, else a place at the end of the waitlist; twice changes nothing. */
    @Transactional
    public RegistrationStatus register(long userId, long sessionId) {
        lock(sessionId);
        LiveSession session = access.visible(userId, sessionId);
        Instant now = clock.instant();
        if (session.cancelled()) {
            throw new RegistrationClosedException("live.closed.cancelled");
        }
        if (!now.isBefore(session.startsAt())) {
            throw new RegistrationClosedException("live.closed.started");
        }
        Optional<Registration> existing = registrations.findBySessionIdAndUserId(sessionId, userId);
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
            return existing.get().status();
        }
        long seq = nextSeq(sessionId);
        RegistrationStatus status = registrations.countRegistered(sessionId) < session.capacity()
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        if (existing.isPresent()) {
            registrations.place(existing.get().id(), status, seq, now);
        } else {
            registrations.save(new Registration(null, sessionId, userId, status, seq, now, now, null, null, null,
                    null, null, 0));
        }
        sessions.seatsChanged(sessionId, now);
        if (status == RegistrationStatus.REGISTERED) {
            notices.seatGranted(session, userId, false);
        } else {
            notices.waitlisted(session, userId, registrations.placeInLine(sessionId, seq));
        }
        return status;
    }

    /**
     * Gives up a seat (until the cut-off before the start) or a place in line (until the start); a freed seat goes
     * to the first person waiting, who is told.
     */
    @Transactional
    public void cancel(long userId, long sessionId) {
        lock(sessionId);
        LiveSession session = access.visible(userId, sessionId);
        Instant now = clock.instant();
        Registration registration = registrations.findBySessionIdAndUserId(sessionId, userId)
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new RegistrationClosedException("live.closed.not-registered"));
        boolean seat = registration.status() == RegistrationStatus.REGISTERED;
        if (seat && now.isAfter(session.startsAt().minus(settings.cancelCutoff()))) {
            throw new RegistrationClosedException("live.closed.cutoff", settings.cancelCutoff().toMinutes());
        }
        if (!now.isBefore(session.startsAt())) {
            throw new RegistrationClosedException("live.closed.started");
        }
        registrations.changeStatus(registration.id(), RegistrationStatus.CANCELLED, now);
        sessions.seatsChanged(sessionId, now);
        if (seat) {
            notices.seatGivenUp(session, userId);
            fillSeats(session, now);
        }
    }

    /**
     * Makes seats and capacity agree after the session changed (called under its lock): the people registered last
     * go back to the front of the waitlist when there are fewer seats, the first in line get seats when there are more.
     */
    void rebalance(LiveSession session) {
        Instant now = clock.instant();
        List<Registration> seated = registrations.findInLine(session.id(), RegistrationStatus.REGISTERED);
        for (int i = seated.size() - 1; i >= session.capacity(); i--) {
            registrations.changeStatus(seated.get(i).id(), RegistrationStatus.WAITLISTED, now);
            notices.seatWithdrawn(session, seated.get(i).userId());
        }
        fillSeats(session, now);
        sessions.seatsChanged(session.id(), now);
    }

    /** Takes the session's row lock; 404 when there is no such session. */
    void lock(long sessionId) {
        if (sessions.lock(sessionId).isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
    }

    private void fillSeats(LiveSession session, Instant now) {
        if (session.cancelled() || !now.isBefore(session.startsAt())) {
            return;
        }
        int free = session.capacity() - registrations.countRegistered(session.id());
        List<Registration> waiting = registrations.findInLine(session.id(), RegistrationStatus.WAITLISTED);
        for (Registration next : waiting.subList(0, Math.max(0, Math.min(free, waiting.size())))) {
            registrations.changeStatus(next.id(), RegistrationStatus.REGISTERED, now);
            notices.seatGranted(session, next.userId(), true);
        }
    }

    private long nextSeq(long sessionId) {
        sessions.advanceSeq(sessionId);
        return sessions.currentSeq(sessionId);
    }
}
