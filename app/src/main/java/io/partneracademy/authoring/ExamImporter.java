package io.partneracademy.authoring;

import io.partneracademy.catalog.PathRules;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Imports an exams/ folder: validates all of it first, then publishes it in one transaction. */
@Singleton
public class ExamImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ExamImporter.class);

    private final ExamPublisher publisher;
    private final PathRules paths;
    private final ImportLock lock;
    private final TranslationConflicts conflicts;

    ExamImporter(ExamPublisher publisher, PathRules paths, ImportLock lock, TranslationConflicts conflicts) {
        this.conflicts = conflicts;
        this.publisher = publisher;
        this.paths = paths;
        this.lock = lock;
    }

    /**
     * Validates and imports; returns the version in force per exam id. Imports on any node run one after the other
     * ({@link ImportLock}): this one waits for a running one and then publishes only what still differs.
     */
    @Transactional
    public Map<String, Integer> importTree(Path root) {
        lock.take();
        ExamTree tree = ExamTree.read(root, paths.ids());
        TranslationConflicts.Plan plan = conflicts.plan(conflicts.find(null, tree, root), ImportChoices.keepAll());
        Map<String, Integer> versions = publish(root, tree, plan);
        plan.settle();
        return versions;
    }

    /**
     * Publishes a validated tree in the caller's transaction, which holds the {@link ImportLock}; each exam as
     * {@code plan} makes it of its files.
     */
    Map<String, Integer> publish(Path root, ExamTree tree, TranslationConflicts.Plan plan) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (ExamSpec exam : tree.exams()) {
            versions.put(exam.id(), publisher.publishFiles(exam, plan::exam));
        }
        LOG.info("Exams imported from {}: {}", root, versions);
        return versions;
    }
}
