package io.partneracademy.labs;

import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publishes validated lab tracks: changed content becomes a new version, identical content is a no-op. Learners'
 * completed tasks are keyed by task id, so they carry over to every version that keeps the task.
 */
@Singleton
public class LabPublisher {

    /** Separates hints in the stored column; authors cannot type it. */
    static final String HINT_SEPARATOR = "\n\u001e\n";

    private final TrackRepository tracks;
    private final TranslationRepository translations;
    private final Clock clock;

    LabPublisher(TrackRepository tracks, TranslationRepository translations, Clock clock) {
        this.tracks = tracks;
        this.translations = translations;
        this.clock = clock;
    }

    /** Publishes the track unless its current version has exactly this content; returns true when it changed. */
    @Transactional
    public boolean publish(LabTrackSpec spec) {
        return publish(spec, List.of());
    }

    /**
     * Publishes the track with its translations unless its current version has exactly this content; returns true
     * when it changed. The translations count in the content only when there are some, so a track without any keeps
     * the hash (and version) it had before translations existed.
     */
    @Transactional
    public boolean publish(LabTrackSpec spec, List<LabTranslation> translated) {
        String hash = Secrets.sha256(canonical(spec) + (translated.isEmpty() ? "" : translated.toString()));
        Optional<LabTrack> existing = tracks.findById(spec.id());
        if (existing.isPresent() && tracks.findVersion(spec.id(), existing.get().currentVersion())
                .map(v -> v.contentHash().equals(hash)).orElse(false)) {
            return false;
        }
        Instant now = clock.instant();
        int version = existing.isPresent() ? tracks.countVersions(spec.id()) + 1 : 1;
        if (existing.isEmpty()) {
            tracks.save(new LabTrack(spec.id(), version, now, now));
        }
        tracks.insertVersion(spec.id(), version, hash, spec.title(), spec.summary(), spec.pathId(),
                spec.ordering().name(), now);
        for (int i = 0; i < spec.tasks().size(); i++) {
            insertTask(spec.id(), version, i, spec.tasks().get(i));
        }
        String source = spec.sourceFingerprint();
        for (LabTranslation t : translated) {
            translations.insertTrack(spec.id(), version, t.language(), t.title(), t.summary(), t.source(),
                    !t.source().equals(source));
            for (LabTranslation.Task task : t.tasks()) {
                translations.insertTask(spec.id(), version, t.language(), task.id(), task.title(),
                        task.instructions(), String.join(HINT_SEPARATOR, task.hints()));
            }
        }
        tracks.update(new LabTrack(spec.id(), version, existing.map(LabTrack::createdAt).orElse(now), now));
        return true;
    }

    private void insertTask(String trackId, int version, int position, LabTrackSpec.TaskSpec task) {
        LabTrackSpec.Check check = task.check();
        tracks.insertTask(trackId, version, task.id(), position, task.title(), task.instructions(),
                String.join(HINT_SEPARATOR, task.hints()), check.type().name(),
                check.match() == null ? null : check.match().name(),
                check.expected().isEmpty() ? null : String.join("\n", check.expected()), check.tolerance(),
                check.ignoreCase(), check.whitespace() == null ? null : check.whitespace().name(),
                check.fileTypes().isEmpty() ? null
                        : check.fileTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
                check.type() == LabTrackSpec.CheckType.ARTIFACT ? check.maxBytes() : null, check.needsReview());
    }

    /** Records print every component, nested ones included, in declaration order: a stable canonical form. */
    private static String canonical(LabTrackSpec spec) {
        return spec.toString();
    }
}
