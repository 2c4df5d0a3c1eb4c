package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes an exam's question bank as GIFT: each question under {@code $CATEGORY: <exam>/<section>/<difficulty>},
 * titled with its id, its stem as {@code [markdown]}, right answers {@code =} (single choice) or sharing 100%
 * (multiple response, wrong answers taking the same share off), and its explanation as general feedback.
 */
public final class GiftExport {

    private GiftExport() {
    }

    /** The GIFT text of the exam in {@code examDir}, which must be valid. */
    public static String export(Path examDir) {
        String examId = examDir.toAbsolutePath().normalize().getFileName().toString();
        Problems problems = new Problems();
        ExamSpec exam = new ExamReader(problems).read(examDir, examId);
        if (exam == null || !problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        StringBuilder out = new StringBuilder("// ").append(exam.title()).append(" (").append(exam.id())
                .append("): ").append(exam.questions().size()).append(" questions, exported from Partner Academy\n");
        String category = null;
        for (ExamSpec.Question q : exam.questions()) {
            String missing = notInGift(q);
            if (missing != null) {
                out.append("\n// not exported: ").append(q.id()).append(" (").append(missing).append(")\n");
                continue;
            }
            String next = exam.id() + "/" + q.section() + "/" + q.difficulty().name().toLowerCase(Locale.ROOT);
            if (!next.equals(category)) {
                out.append("\n$CATEGORY: ").append(next).append('\n');
                category = next;
            }
            out.append('\n').append(question(q));
        }
        return out.toString();
    }

    /** The ids of the exam folders under {@code examsDir} (those with an exam.yaml), sorted. */
    public static List<String> examIds(Path examsDir) {
        if (!Files.isDirectory(examsDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(examsDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("exam.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why GIFT cannot hold the question, or null when it can: GIFT has no ordering questions, no scenario sets,
     * no case-sensitive short answers and no regular expressions beyond Moodle's {@code *} wildcard.
     */
    static String notInGift(ExamSpec.Question q) {
        if (q.type() == ExamSpec.Type.ORDERING) {
            return "GIFT has no ordering questions";
        }
        if (q.item().scenarioId() != null) {
            return "scenario " + q.item().scenarioId() + ": GIFT has no scenario sets";
        }
        if (q.type() == ExamSpec.Type.MATCHING && (q.options().stream().anyMatch(o -> o.text().contains("->"))
                || q.item().targets().stream().anyMatch(t -> t.text().contains("->")))) {
            return "a matching text with '->', which GIFT cannot escape";
        }
        if (q.type() == ExamSpec.Type.SHORT_TEXT && q.item().caseSensitive()) {
            return "GIFT short answers are not case-sensitive";
        }
        if (q.item().accepted().stream().anyMatch(a -> a.regex() && GiftMoreAnswers.unwildcard(a.text()) == null)) {
            return "a regex other than Moodle's * wildcard";
        }
        if (q.type() == ExamSpec.Type.SHORT_TEXT && q.item().accepted().stream()
                .anyMatch(a -> !a.regex() && a.text().contains("*"))) {
            return "an accepted answer with a literal *, which GIFT reads as a wildcard";
        }
        return null;
    }

    private static String target(ExamSpec.Question q, String id) {
        return q.item().targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().text();
    }

    static String question(ExamSpec.Question q) {
        StringBuilder out = new StringBuilder("::").append(GiftText.escape(q.id())).append("::[markdown]")
                .append(GiftText.escape(q.stem())).append(" {\n");
        switch (q.type()) {
            case TRUE_FALSE -> out.append(q.correct().contains("true") ? "TRUE" : "FALSE").append('\n');
            case SINGLE -> q.options().forEach(o -> out.append(q.correct().contains(o.id()) ? '=' : '~')
                    .append(GiftText.escape(o.text())).append('\n'));
            case MULTIPLE -> {
                String share = GiftAnswers.format(100.0 / q.correct().size());
                q.options().forEach(o -> out.append(q.correct().contains(o.id()) ? "~%" : "~%-").append(share)
                        .append('%').append(GiftText.escape(o.text())).append('\n'));
            }
            case MATCHING -> {
                q.options().forEach(o -> out.append('=').append(GiftText.escape(o.text())).append(" -> ")
                        .append(GiftText.escape(target(q, q.item().pairs().get(o.id())))).append('\n'));
                q.item().targets().stream().filter(t -> !q.item().pairs().containsValue(t.id()))
                        .forEach(t -> out.append("= -> ").append(GiftText.escape(t.text())).append('\n'));
            }
            case SHORT_TEXT -> {
                // Number answers are a GIFT numerical block ({#=value:tolerance …}); ItemReader never mixes them.
                out.append(q.item().accepted().get(0).numeric() ? "#\n" : "");
                q.item().accepted().forEach(a -> out.append('=').append(a.numeric()
                        ? a.text() + ":" + a.tolerance().toPlainString()
                        : GiftText.escape(a.regex() ? GiftMoreAnswers.unwildcard(a.text()) : a.text())).append('\n'));
            }
            default -> throw new IllegalStateException("no GIFT form for " + q.type());
        }
        return out.append("####").append(GiftText.escape(q.explanation())).append("\n}\n").toString();
    }
}
