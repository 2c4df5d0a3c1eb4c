package io.partneracademy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small exams for the "basics" path of {@link ContentFixture}: {@code quiz} (free navigation) and
 * {@code seq-quiz} (sequential). In every question option {@code r} is right, and explanations carry a marker
 * that must never reach the browser during a certification attempt.
 */
public final class ExamFixture {

    public static final String SECRET = "EXPLANATION-MARKER";

    private ExamFixture() {
    }

    public static Path create() {
        try {
            Path root = Files.createTempDirectory("pa-exams");
            write(root, "quiz", "free", "certification", "");
            write(root, "seq-quiz", "sequential", "certification", "");
            write(root, "practice-quiz", "free", "practice", "");
            write(root, "closed-quiz", "free", "certification",
                    "window:\n  opens: 2020-01-01T00:00:00Z\n  closes: 2020-02-01T00:00:00Z\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a free-navigation certification exam like {@code quiz} for another path. */
    public static Path addExam(Path root, String id, String pathId) {
        try {
            write(root, id, "free", "certification", "", pathId, 2);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Free-navigation certification exams like {@code quiz} on the "basics" path, one per id so tests never share
     * attempts: each paper draws from alpha one easy (a1) and one medium (a2 or a3), from beta two of b1–b3.
     */
    public static Path certificationExams(int maxAttempts, String... ids) {
        try {
            Path root = Files.createTempDirectory("pa-exams");
            for (String id : ids) {
                write(root, id, "free", "certification", "", "basics", maxAttempts);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String id, String navigation, String mode, String window)
            throws IOException {
        write(root, id, navigation, mode, window, "basics", 2);
    }

    private static void write(Path root, String id, String navigation, String mode, String window, String pathId,
                              int maxAttempts) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id).resolve("questions"));
        Files.writeString(root.resolve(id).resolve("exam.yaml"), """
                id: %s
                path: %s
                title: %s
                time-limit-minutes: 10
                pass-mark-percent: 50
                mode: %s
                navigation: %s
                %sretake:
                  max-attempts: %d
                  period-days: 30
                  cooldown-hours: 24
                blueprint:
                  - section: alpha
                    title: Alpha
                    draw: 2
                    difficulty:
                      easy: 1
                      medium: 1
                  - section: beta
                    title: Beta
                    draw: 2
                """.formatted(id, pathId, "Exam " + id, mode, navigation, window, maxAttempts));
        StringBuilder bank = new StringBuilder("questions:\n");
        String[][] questions = {{"a1", "alpha", "easy"}, {"a2", "alpha", "medium"}, {"a3", "alpha", "medium"},
                {"b1", "beta", "easy"}, {"b2", "beta", "hard"}, {"b3", "beta", "medium"}};
        for (String[] q : questions) {
            bank.append("""
                      - id: %s
                        section: %s
                        difficulty: %s
                        type: single
                        stem: Question %s?
                        options:
                          - id: r
                            text: Right %s
                          - id: w
                            text: Wrong %s
                          - id: x
                            text: Also wrong %s
                        correct: [r]
                        explanation: %s %s
                    """.formatted(q[0], q[1], q[2], q[0], q[0], q[0], q[0], SECRET, q[0]));
        }
        Files.writeString(dir.resolve("bank.yaml"), bank.toString());
    }
}
