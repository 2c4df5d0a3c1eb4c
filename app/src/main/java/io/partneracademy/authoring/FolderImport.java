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

    FolderImport(ContentImporter content, ExamImporter exams, ImportLock lock, PathRules paths,
                 TransactionOperations<Connection> transactions) {
        this.content = content;
        this.exams = exams;
        this.lock = lock;
        this.paths = paths;
        this.transactions = transactions;
    }

    /** What one import published: the content report and the version in force per exam id. */
    public record Imported(ImportReport content, Map<String, Integer> exams) {
    }

    /** Both trees, read and validated; {@code exams} is null when there is no exams folder. */
    record Validated(ContentTree content, @Nullable ExamTree exams) {
    }

    /**
     * Validates both folders and imports them in one transaction; {@code examsDir} is skipped when it is not a
     * folder. Throws {@link ContentInvalidException} with every problem, having written nothing.
     */
    public Imported importAll(Path contentDir, Path examsDir, @Nullable Long importedBy) {
        Validated trees = validate(contentDir, examsDir, paths.ids());
        return transactions.executeWrite(status -> {
            lock.take();
            ImportReport report = content.publish(contentDir, trees.content(), importedBy);
            return new Imported(report, trees.exams() == null ? Map.of() : exams.publish(examsDir, trees.exams()));
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
