package io.partneracademy.itemstats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small free-navigation certification exams on the "basics" path for item statistics tests, one per test so they
 * never share attempts. Each paper: alpha draws one easy (a1) and one medium (a2 or a3), beta draws two of b1–b3;
 * in every question option r is right, w and x are wrong.
 */
final class StatsExamFixture {

    private StatsExamFixture() {
    }

    static Path create(String... ids) {
        try {
            Path root = Files.createTempDirectory("pa-stats-exams");
            for (String id : ids) {
                write(root, id);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String id) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id).resolve("questions"));
        Files.writeString(root.resolve(id).resolve("exam.yaml"), """
                id: %s
                path: basics
                title: Exam %s
                time-limit-minutes: 10
                pass-mark-percent: 50
                mode: certification
                navigation: free
                retake:
                  max-attempts: 3
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
                """.formatted(id, id));
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
                        explanation: Because %s.
                    """.formatted(q[0], q[1], q[2], q[0], q[0], q[0], q[0], q[0]));
        }
        Files.writeString(dir.resolve("bank.yaml"), bank.toString());
    }
}
