package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.catalog.BrowserTranslations.Saved;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds, in an import's transaction, the translations saved in the browser that its files would replace, and applies
 * the author's answer (ADR 0050): a kept browser text is published in place of the file's and stays remembered with the
 * file that differs; a replaced one is forgotten.
 */
@Singleton
class TranslationConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationConflicts.class);

    private final CourseConflicts courses;
    private final ExamConflicts exams;
    private final BrowserTranslations saves;
    private final CatalogPublisher catalog;
    private final ExamPublisher examPublisher;

    TranslationConflicts(CourseConflicts courses, ExamConflicts exams, BrowserTranslations saves,
                         CatalogPublisher catalog, ExamPublisher examPublisher) {
        this.courses = courses;
        this.exams = exams;
        this.saves = saves;
        this.catalog = catalog;
        this.examPublisher = examPublisher;
    }

    /** Every conflict of the two trees; call it holding the {@link ImportLock}, before anything is published. */
    ImportConflicts find(@Nullable ContentTree content, @Nullable ExamTree examTree, Path examsDir) {
        List<TranslationConflict> found = new ArrayList<>();
        if (content != null) {
            content.courses().forEach(c -> found.addAll(courses.find(c)));
        }
        if (examTree != null) {
            examTree.exams().forEach(e -> found.addAll(exams.find(e, examsDir)));
        }
        return new ImportConflicts(found);
    }

    /** What to publish for each course and exam under these choices. */
    Plan plan(ImportConflicts found, ImportChoices choices) {
        return new Plan(found, choices);
    }

    /** The answer to one import's conflicts, applied to the specs it publishes and, after that, to the saves. */
    final class Plan {

        private final ImportConflicts found;
        private final ImportChoices choices;

        private Plan(ImportConflicts found, ImportChoices choices) {
            this.found = found;
            this.choices = choices;
        }

        /** The course's files with the browser saves that are kept put back in. */
        CourseSpec course(CourseSpec files) {
            Set<Saved> kept = found.kept(files.id(), false, choices);
            return kept.isEmpty() ? files
                    : CourseConflicts.keep(files, catalog.current(files.id()).orElseThrow(), kept);
        }

        /** The exam's files with the browser saves that are kept put back in. */
        ExamSpec exam(ExamSpec files) {
            Set<Saved> kept = found.kept(files.id(), true, choices);
            if (kept.isEmpty()) {
                return files;
            }
            ExamSpec published = ExamConflicts.keep(files, examPublisher.current(files.id()).orElseThrow(), kept);
            kept.stream().filter(s -> s.kind() == BrowserTranslations.Kind.QUESTION).forEach(s -> published
                    .translations().stream().filter(t -> t.questionId().equals(s.itemId())
                            && t.language().equals(s.language()) && !t.textHash().equals(s.textHash()))
                    .findFirst().ifPresent(t -> saves.adapted(s, t.textHash())));
            return published;
        }

        /** After publishing: replaced saves are forgotten, kept ones remembered with the file that differs. */
        void settle() {
            for (TranslationConflict c : found.open()) {
                if (found.replaces(c, choices)) {
                    saves.forget(c.saved());
                    LOG.info("{}:{}: replaced the {} translation saved in the browser by {} on {}", c.file(), c.line(),
                            c.language(), c.savedBy(), c.savedAt());
                } else {
                    saves.keptOver(c.saved(), c.file(), c.fileHash());
                    LOG.warn("{}:{}: kept the {} translation saved in the browser by {} on {}; the file says something"
                            + " else (export the translation to bring the file up to date, or import from the admin"
                            + " content page to replace it)", c.file(), c.line(), c.language(), c.savedBy(),
                            c.savedAt());
                }
            }
        }
    }
}
