package io.partneracademy.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.partneracademy.catalog.RequirementCompleted;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Watching a session's recording. "Watched" means: a person the session admits opened the recording from the session
 * page after the session ended. That is what we can observe; most recordings are links into the meeting tool's cloud,
 * whose player does not report playback. The first opening is stored and counts toward a path requirement of kind
 * {@link RequirementKind#LIVE_OR_REPLAY} for the session's course, exactly like recorded attendance.
 */
@Singleton
class Replays {

    private final SessionAccess access;
    private final ReplayRepository replays;
    private final ApplicationEventPublisher<RequirementCompleted> events;
    private final Clock clock;
    private final SessionFileRepository files;

    Replays(SessionAccess access, ReplayRepository replays, ApplicationEventPublisher<RequirementCompleted> events,
            Clock clock, SessionFileRepository files) {
        this.files = files;
        this.access = access;
        this.replays = replays;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the person opened the recording and returns where it is (an uploaded recording before a link);
     * 404 while there is none to watch.
     */
    @Transactional
    String watch(long userId, long sessionId) {
        LiveSession session = access.visible(userId, sessionId);
        Instant now = clock.instant();
        String target = files.findFirstBySessionIdAndKindOrderByIdDesc(sessionId, SessionFile.Kind.RECORDING)
                .map(f -> SessionUploads.path(sessionId, f.id())).orElse(session.recordingUrl());
        if (target == null || session.endsAt().isAfter(now)) {
            throw new RecordingNotFoundException(sessionId);
        }
        if (replays.insertIgnore(sessionId, userId, now) == 1 && session.courseId() != null) {
            events.publishEvent(new RequirementCompleted(userId, RequirementKind.LIVE_OR_REPLAY, session.courseId()));
        }
        return target;
    }

    /** The session has no recording yet (or has not ended). */
    static class RecordingNotFoundException extends NotFoundException {
        RecordingNotFoundException(long sessionId) {
            super("live.recording-not-found", sessionId);
        }
    }
}
