package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A person's progress in lab tracks, for other features' pages (a path lists its tracks and which are done). */
@Singleton
public class LabStatus {

    private final TrackRepository tracks;
    private final ProgressRepository progress;
    private final TranslationRepository translations;

    LabStatus(TrackRepository tracks, ProgressRepository progress, TranslationRepository translations) {
        this.tracks = tracks;
        this.progress = progress;
        this.translations = translations;
    }

    /** Cards for the given tracks in the given order; ids with no published track are left out. */
    public List<LabViews.TrackCard> cards(long userId, List<String> trackIds) {
        return cards(userId, trackIds, null);
    }

    /**
     * Cards for the given tracks in the given order, each track's title and summary in the reader's language where
     * its version in force is translated into it (else the source's); ids with no published track are left out.
     */
    public List<LabViews.TrackCard> cards(long userId, List<String> trackIds, @Nullable Locale reader) {
        if (trackIds.isEmpty()) {
            return List.of();
        }
        Map<String, TrackVersionRow> byId = tracks.findCurrentVersions(trackIds).stream()
                .collect(Collectors.toMap(TrackVersionRow::trackId, Function.identity()));
        Set<String> started = new HashSet<>(progress.findStartedTrackIds(userId));
        Set<String> done = new HashSet<>(progress.findCompletedTrackIds(userId));
        String language = reader == null ? LoadedTrack.SOURCE : reader.getLanguage();
        Map<String, TranslationRepository.CardText> texts = language.equals(LoadedTrack.SOURCE) ? Map.of()
                : translations.findCurrentTracks(language, trackIds).stream()
                .collect(Collectors.toMap(TranslationRepository.CardText::trackId, Function.identity()));
        return trackIds.stream().filter(byId::containsKey)
                .map(id -> card(userId, byId.get(id), started.contains(id), done.contains(id), texts.get(id),
                        language))
                .toList();
    }

    /** The track's title as its version in force is translated into the reader's language; empty where it is not. */
    public Optional<String> translatedTitle(String trackId, Locale reader) {
        if (reader.getLanguage().equals(LoadedTrack.SOURCE)) {
            return Optional.empty();
        }
        return translations.findCurrentTracks(reader.getLanguage(), List.of(trackId)).stream().findFirst()
                .map(TranslationRepository.CardText::title);
    }

    /** Cards for every published track, by path and title, in the reader's language where translated. */
    public List<LabViews.TrackCard> all(long userId, @Nullable Locale reader) {
        return cards(userId, tracks.findCurrentVersions().stream().map(TrackVersionRow::trackId).toList(), reader);
    }

    /** Cards for every published track, by path and title. */
    public List<LabViews.TrackCard> all(long userId) {
        return all(userId, null);
    }

    /** For each of the people, the tracks among trackIds they have completed; people who completed none are absent. */
    Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> trackIds) {
        if (userIds.isEmpty() || trackIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> completed = new HashMap<>();
        progress.findCompletedTracks(userIds, trackIds).forEach(d ->
                completed.computeIfAbsent(d.userId(), u -> new HashSet<>()).add(d.refId()));
        return completed;
    }

    /**
     * Each person's progress in each track, as its card shows it ({@link LabViews.TrackCard#percent()}): tasks of the
     * version in force done, 100 once the track is complete, 0 for a track that is not published.
     */
    Map<Long, Map<String, Integer>> percents(Collection<Long> userIds, Collection<String> trackIds) {
        if (userIds.isEmpty() || trackIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> currentTasks = new HashMap<>();
        for (TrackVersionRow version : tracks.findCurrentVersions(trackIds)) {
            currentTasks.put(version.trackId(), tracks.findTasks(version.trackId(), version.version()).stream()
                    .map(TaskRow::taskId).collect(Collectors.toSet()));
        }
        Map<Long, Set<String>> completed = completed(userIds, trackIds);
        Map<String, Integer> doneTasks = new HashMap<>();
        for (ProgressRepository.DoneTask task : progress.findCompletedTasks(userIds, trackIds)) {
            if (currentTasks.getOrDefault(task.trackId(), Set.of()).contains(task.taskId())) {
                doneTasks.merge(task.userId() + ":" + task.trackId(), 1, Integer::sum);
            }
        }
        Map<Long, Map<String, Integer>> percents = new HashMap<>();
        for (long userId : userIds) {
            Map<String, Integer> mine = new HashMap<>();
            for (String trackId : trackIds) {
                Set<String> tasks = currentTasks.get(trackId);
                int percent;
                if (tasks == null) {
                    percent = 0;
                } else if (completed.getOrDefault(userId, Set.of()).contains(trackId)) {
                    percent = 100;
                } else {
                    percent = LabViews.TrackCard.percent(tasks.size(), doneTasks.getOrDefault(userId + ":" + trackId, 0));
                }
                mine.put(trackId, percent);
            }
            percents.put(userId, mine);
        }
        return percents;
    }

    /** The ids among trackIds that the person has not completed. */
    Set<String> incomplete(long userId, Collection<String> trackIds) {
        Set<String> missing = new HashSet<>(trackIds);
        if (!trackIds.isEmpty()) {
            progress.findCompletedTrackIds(userId, trackIds).forEach(missing::remove);
        }
        return missing;
    }

    private LabViews.TrackCard card(long userId, TrackVersionRow version, boolean started, boolean done,
                                    @Nullable TranslationRepository.CardText text, String language) {
        List<TaskRow> tasks = tracks.findTasks(version.trackId(), version.version());
        Set<String> completed = new HashSet<>(progress.findCompletedTaskIds(userId, version.trackId()));
        int count = (int) tasks.stream().filter(t -> completed.contains(t.taskId())).count();
        return new LabViews.TrackCard(version.trackId(), text == null ? version.title() : text.title(),
                text == null ? version.summary() : text.summary(), text == null ? LoadedTrack.SOURCE : language,
                version.pathId(), tasks.size(), count, started, done);
    }
}
