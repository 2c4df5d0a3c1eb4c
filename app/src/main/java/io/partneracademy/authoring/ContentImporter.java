package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.PathTranslation;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.catalog.PublishResult;
import io.partneracademy.labs.LabPublisher;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.labs.LabTrackSpec;
import io.partneracademy.live.SessionFiles;
import io.partneracademy.quizzes.QuizPublisher;
import io.partneracademy.labs.LabTranslation;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Imports a content/ tree: validates all of it first, then publishes it in one transaction. */
@Singleton
public class ContentImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ContentImporter.class);

    private final CatalogPublisher publisher;
    private final LabPublisher labPublisher;
    private final ImportLock lock;
    private final SessionFiles sessionFiles;
    private final QuizPublisher quizPublisher;
    private final TranslationConflicts conflicts;

    ContentImporter(CatalogPublisher publisher, LabPublisher labPublisher, ImportLock lock, SessionFiles sessionFiles,
                    QuizPublisher quizPublisher, TranslationConflicts conflicts) {
        this.conflicts = conflicts;
        this.sessionFiles = sessionFiles;
        this.quizPublisher = quizPublisher;
        this.publisher = publisher;
        this.labPublisher = labPublisher;
        this.lock = lock;
    }

    /**
     * Validates and imports the tree. A tree with problems throws {@link ContentInvalidException} and
     * imports nothing; unchanged courses and paths are left as they are. Imports on any node run one after the
     * other ({@link ImportLock}): this one waits for a running one and then publishes only what still differs.
     * Translations saved in the browser that the files would replace are kept (ADR 0050), as at start-up.
     */
    @Transactional
    public ImportReport importTree(Path root, @Nullable Long importedBy) {
        ContentTree tree = ContentTree.read(root);
        lock.take();
        TranslationConflicts.Plan plan = conflicts.plan(conflicts.find(tree, null, root),
                ImportChoices.keepAll());
        ImportReport report = publish(root, tree, importedBy, plan);
        plan.settle();
        return report;
    }

    /**
     * Publishes a validated tree in the caller's transaction, which holds the {@link ImportLock}; each course as
     * {@code plan} makes it of its files.
     */
    ImportReport publish(Path root, ContentTree tree, @Nullable Long importedBy, TranslationConflicts.Plan plan) {
        List<PublishResult> results = new ArrayList<>();
        for (CourseSpec course : tree.courses()) {
            results.add(publisher.publishFiles(course, plan::course, importedBy));
            int quizzesChanged = quizPublisher.publish(course.id(), tree.quizzes().getOrDefault(course.id(), List.of()));
            if (quizzesChanged > 0) {
                LOG.info("Course {}: {} practice quiz(zes) published or retired", course.id(), quizzesChanged);
            }
        }
        int pathsChanged = 0;
        for (PathSpec path : tree.paths()) {
            pathsChanged += publisher.publishPath(path) ? 1 : 0;
            List<PathTranslation> translations = tree.pathTranslations().getOrDefault(path.id(), List.of());
            publisher.publishPathTranslations(path, translations);
            translations.stream().filter(t -> !t.source().equals(SourceFingerprint.of(path))).forEach(t -> LOG.info(
                    "paths/{}.{}.yaml is outdated: it names source {}, the path's text is now {}", path.id(),
                    t.language(), t.source(), SourceFingerprint.of(path)));
        }
        int labsChanged = 0;
        for (LabTrackSpec lab : tree.labs()) {
            List<LabTranslation> translations = tree.labTranslations().getOrDefault(lab.id(), List.of());
            labsChanged += labPublisher.publish(lab, translations) ? 1 : 0;
            translations.stream().filter(t -> !t.source().equals(lab.sourceFingerprint())).forEach(t -> LOG.info(
                    "labs/{}.{}.yaml is outdated: it names source {}, the track's text is now {}", lab.id(),
                    t.language(), t.source(), lab.sourceFingerprint()));
        }
        int sessionsChanged = publishSessions(tree.sessions());
        ImportReport report = new ImportReport(results, pathsChanged, tree.paths().size(), labsChanged,
                tree.labs().size(), sessionsChanged, tree.sessions().size());
        LOG.info("Content imported from {}: {}", root, report);
        return report;
    }

    /**
     * Publishes the live session files after the courses and paths they name; an instructor nobody has as an
     * account is a problem at its line, thrown before anything of the live files is written (the caller's
     * transaction then takes the rest back too). A series whose file the tree no longer holds is retired: its
     * sessions still to come are cancelled and their people told ({@link SessionFiles#retireMissing}).
     */
    private int publishSessions(List<LiveReader.LiveFile> files) {
        List<ContentProblem> problems = new ArrayList<>();
        for (LiveReader.LiveFile file : files) {
            sessionFiles.unknownInstructors(file.spec()).forEach(email -> problems.add(new ContentProblem(file.file(),
                    file.instructorsLine(), "instructor '" + email + "' has no account on the platform")));
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems);
        }
        int changed = 0;
        for (LiveReader.LiveFile file : files) {
            changed += sessionFiles.publish(file.spec()) == SessionFiles.Outcome.UNCHANGED ? 0 : 1;
        }
        int cancelled = sessionFiles.retireMissing(files.stream().map(f -> f.spec().id())
                .collect(java.util.stream.Collectors.toSet()));
        if (cancelled > 0) {
            LOG.info("Live series whose file is gone (deleted or renamed): {} session(s) still to come cancelled",
                    cancelled);
        }
        return changed;
    }
}
