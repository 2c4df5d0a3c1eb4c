package io.partneracademy.live;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Reminds people with a seat 24 hours and 1 hour before a session starts. The job claims due registrations with
 * {@code FOR UPDATE SKIP LOCKED} and stamps each reminder in the same transaction as its notification (whose dedupe
 * key names the reminder too), so each goes out exactly once whichever server runs the job and however often. Someone
 * who registered inside a window gets no reminder for it: their invitation just arrived.
 */
@Singleton
class LiveReminders {

    static final String DAY = "day";
    static final String HOUR = "hour";

    private final ReminderRepository reminders;
    private final LiveSessionRepository sessions;
    private final LiveNotices notices;
    private final Clock clock;

    LiveReminders(ReminderRepository reminders, LiveSessionRepository sessions, LiveNotices notices, Clock clock) {
        this.reminders = reminders;
        this.sessions = sessions;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sends the reminders that are due; returns how many. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    @Transactional
    public int send() {
        Instant now = clock.instant();
        int sent = 0;
        for (Registration r : reminders.claimDayBefore(now)) {
            sent += remind(r, DAY);
            reminders.stampDay(r.id(), now);
        }
        for (Registration r : reminders.claimHourBefore(now)) {
            sent += remind(r, HOUR);
            reminders.stampHour(r.id(), now);
        }
        return sent;
    }

    private int remind(Registration r, String which) {
        LiveSession session = sessions.findById(r.sessionId()).orElseThrow();
        return notices.reminder(session, r.userId(), which) ? 1 : 0;
    }
}
