package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogViews;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Loads the version of a track in force. */
@Singleton
class Tracks {

    private final TrackRepository tracks;
    private final TranslationRepository translations;

    Tracks(TrackRepository tracks, TranslationRepository translations) {
        this.tracks = tracks;
        this.translations = translations;
    }

    /**
     * The version in force as read in the reader's language: the translation's title, summary and task texts where
     * it has them (an outdated one too, marked), else the source's, marked as a fallback.
     */
    LoadedTrack current(String trackId, @Nullable Locale reader) {
        LoadedTrack source = current(trackId);
        String wanted = reader == null ? LoadedTrack.SOURCE : reader.getLanguage();
        if (wanted.equals(LoadedTrack.SOURCE)) {
            return source;
        }
        TrackVersionRow v = source.version();
        Optional<TranslationRepository.TrackText> text = translations.findTrack(trackId, v.version(), wanted);
        if (text.isEmpty()) {
            return new LoadedTrack(v, source.tasks(), new CatalogViews.ContentLanguage(LoadedTrack.SOURCE,
                    LoadedTrack.SOURCE, wanted, true, false));
        }
        Map<String, TranslationRepository.TaskText> tasks = new HashMap<>();
        translations.findTasks(trackId, v.version(), wanted).forEach(t -> tasks.put(t.taskId(), t));
        TrackVersionRow version = new TrackVersionRow(v.trackId(), v.version(), v.contentHash(), text.get().title(),
                text.get().summary(), v.pathId(), v.ordering(), v.publishedAt());
        List<TaskRow> translated = source.tasks().stream().map(t -> tasks.containsKey(t.taskId())
                ? t.translated(tasks.get(t.taskId()).title(), tasks.get(t.taskId()).instructions(),
                tasks.get(t.taskId()).hints()) : t).toList();
        return new LoadedTrack(version, translated, new CatalogViews.ContentLanguage(wanted, LoadedTrack.SOURCE,
                wanted, false, text.get().outdated()));
    }

    LoadedTrack current(String trackId) {
        LabTrack track = tracks.findById(trackId).orElseThrow(() -> new LabTrackNotFoundException(trackId));
        return version(trackId, track.currentVersion());
    }

    LoadedTrack version(String trackId, int version) {
        TrackVersionRow row = tracks.findVersion(trackId, version)
                .orElseThrow(() -> new LabTrackNotFoundException(trackId));
        return new LoadedTrack(row, tracks.findTasks(trackId, version));
    }
}
