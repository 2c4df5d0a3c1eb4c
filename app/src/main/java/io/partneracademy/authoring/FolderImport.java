package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports content/ and exams/ together, all or nothing: both trees are read and validated first (every problem of
 * both reported at once, exam files as {@code exams/…}), then published in one transaction under the
 * {@link ImportLock}, so a broken exam leaves the courses as they were and two imports never interleave.
 */
@Singleton
public class FolderImport {

    private final ContentImporter content;
    private final ExamImporter exams;
    private final ImportLock lock;
    private final PathRules paths;
    private final TransactionOperations<Connection> transactions;
    private final TranslationConflicts conflicts;

    FolderImport(ContentImporter content, ExamImporter exams, ImportLock lock, PathRules paths,
                 TransactionOperations<Connection> transactions, TranslationConflicts conflicts) {
        this.conflicts = conflicts;
        this.content = content;
        this.exams = exams;
        this.lock = lock;
        this.paths = paths;
        this.transactions = transactions;
    }

    /**
     * What one import published: the content report, the version in force per exam id, and the translations saved
     * in the browser that it kept over files saying something else, each as {@code file:line: what} (ADR 0050).
     */
    public record Imported(ImportReport content, Map<String, Integer> exams, List<String> keptOverFiles) {
    }

    /** Both trees, read and validated; {@code exams} is null when there is no exams folder. */
    record Validated(ContentTree content, @Nullable ExamTree exams) {
    }

    /**
     * Validates both folders and imports them in one transaction, keeping every translation saved in the browser
     * that the files would replace (nobody is there to ask); {@code examsDir} is skipped when it is not a folder.
     * Throws {@link ContentInvalidException} with every problem, having written nothing.
     */
    public Imported importAll(Path contentDir, Path examsDir, @Nullable Long importedBy) {
        return importAll(contentDir, examsDir, importedBy, ImportChoices.keepAll());
    }

    /**
     * Validates and imports both folders as {@link #importAll(Path, Path, Long)} does, treating translations saved in
     * the browser as {@code choices} say.
     *
     * @throws TranslationsWouldBeReplacedException when the author must first answer for such translations (nothing
     *                                              is written then)
     */
    Imported importAll(Path contentDir, Path examsDir, @Nullable Long importedBy, ImportChoices choices) {
        Validated trees = validate(contentDir, examsDir, paths.ids());
        return transactions.executeWrite(status -> {
            lock.take();
            ImportConflicts found = conflicts.find(trees.content(), trees.exams(), examsDir);
            if (choices.mustAsk(found)) {
                throw new TranslationsWouldBeReplacedException(found, choices.answeredOther(found));
            }
            TranslationConflicts.Plan plan = conflicts.plan(found, choices);
            ImportReport report = content.publish(contentDir, trees.content(), importedBy, plan);
            Map<String, Integer> versions = trees.exams() == null ? Map.of()
                    : exams.publish(examsDir, trees.exams(), plan);
            plan.settle();
            return new Imported(report, versions, found.open().stream()
                    .filter(c -> !found.replaces(c, choices))
                    .map(c -> c.file() + ":" + c.line() + ": kept the translation saved in the browser by "
                            + c.savedBy() + " on " + c.savedAt() + (c.fileText() == null ? "; the files have none"
                            : "; the file says something else")).toList());
        });
    }

    /**
     * Reads and validates both folders without a database; exams may certify {@code publishedPaths} or any path of
     * the content tree (not checked while the content tree itself has problems).
     *
     * @throws ContentInvalidException with every problem of both folders, exam files named {@code exams/…}
     */
    static Validated validate(Path contentDir, Path examsDir, Set<String> publishedPaths) {
        List<ContentProblem> problems = new ArrayList<>();
        ContentTree tree = null;
        try {
            tree = ContentTree.read(contentDir);
        } catch (ContentInvalidException e) {
            problems.addAll(e.problems());
        }
        ExamTree examTree = null;
        if (Files.isDirectory(examsDir)) {
            Set<String> known = null;
            if (tree != null) {
                known = new HashSet<>(publishedPaths);
                tree.paths().stream().map(PathSpec::id).forEach(known::add);
            }
            try {
                examTree = ExamTree.read(examsDir, known);
            } catch (ContentInvalidException e) {
                e.problems().forEach(p -> problems.add(new ContentProblem("exams/" + p.file(), p.line(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.stream().sorted().toList());
        }
        return new Validated(tree, examTree);
    }
}
