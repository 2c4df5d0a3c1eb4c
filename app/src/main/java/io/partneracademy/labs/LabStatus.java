package io.partneracademy.labs;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A person's progress in lab tracks, for other features' pages (a path lists its tracks and which are done). */
@Singleton
public class LabStatus {

    private final TrackRepository tracks;
    private final ProgressRepository progress;

    LabStatus(TrackRepository tracks, ProgressRepository progress) {
        this.tracks = tracks;
        this.progress = progress;
    }

    /** Cards for the given tracks in the given order; ids with no published track are left out. */
    public List<LabViews.TrackCard> cards(long userId, List<String> trackIds) {
        if (trackIds.isEmpty()) {
            return List.of();
        }
        Map<String, TrackVersionRow> byId = tracks.findCurrentVersions(trackIds).stream()
                .collect(Collectors.toMap(TrackVersionRow::trackId, Function.identity()));
        Set<String> started = new HashSet<>(progress.findStartedTrackIds(userId));
        Set<String> done = new HashSet<>(progress.findCompletedTrackIds(userId));
        return trackIds.stream().filter(byId::containsKey)
                .map(id -> card(userId, byId.get(id), started.contains(id), done.contains(id)))
                .toList();
    }

    /** Cards for every published track, by path and title. */
    public List<LabViews.TrackCard> all(long userId) {
        return cards(userId, tracks.findCurrentVersions().stream().map(TrackVersionRow::trackId).toList());
    }

    /** The ids among trackIds that the person has not completed. */
    Set<String> incomplete(long userId, Collection<String> trackIds) {
        Set<String> missing = new HashSet<>(trackIds);
        if (!trackIds.isEmpty()) {
            progress.findCompletedTrackIds(userId, trackIds).forEach(missing::remove);
        }
        return missing;
    }

    LabViews.TrackCard card(long userId, TrackVersionRow version, boolean started, boolean done) {
        List<TaskRow> tasks = tracks.findTasks(version.trackId(), version.version());
        Set<String> completed = new HashSet<>(progress.findCompletedTaskIds(userId, version.trackId()));
        int count = (int) tasks.stream().filter(t -> completed.contains(t.taskId())).count();
        return new LabViews.TrackCard(version.trackId(), version.title(), version.summary(), version.pathId(),
                tasks.size(), count, started, done);
    }
}
