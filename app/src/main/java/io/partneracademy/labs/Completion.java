package io.partneracademy.labs;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.partneracademy.catalog.RequirementCompleted;
import io.partneracademy.catalog.RequirementKind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Records a done task and, when it was the track's last, the track's completion; certification hears of it
 * through {@link RequirementCompleted}, published inside the same transaction.
 */
@Singleton
class Completion {

    private final ProgressRepository progress;
    private final Tracks tracks;
    private final ApplicationEventPublisher<RequirementCompleted> events;
    private final Clock clock;

    Completion(ProgressRepository progress, Tracks tracks, ApplicationEventPublisher<RequirementCompleted> events,
               Clock clock) {
        this.progress = progress;
        this.tracks = tracks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void taskDone(long userId, String trackId, String taskId) {
        Instant now = clock.instant();
        progress.start(userId, trackId, now);
        progress.completeTask(userId, trackId, taskId, now);
        LoadedTrack track = tracks.current(trackId);
        Set<String> done = new HashSet<>(progress.findCompletedTaskIds(userId, trackId));
        if (track.completedBy(done) && progress.complete(userId, trackId, now) == 1) {
            events.publishEvent(new RequirementCompleted(userId, RequirementKind.LAB, trackId));
        }
    }
}
