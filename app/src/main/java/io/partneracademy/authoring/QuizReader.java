package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.quizzes.QuizSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a course's practice quizzes, {@code <quiz-id>.quiz.yaml} beside its lessons: a title, the module whose end it
 * checks, and questions in the exam question format (no section, difficulty or scenarios).
 */
final class QuizReader {

    static final String SUFFIX = ".quiz.yaml";
    static final int MAX_QUESTIONS = 50;
    private static final Set<String> KEYS = Set.of("title", "module", "questions");

    private final Problems problems;

    QuizReader(Problems problems) {
        this.problems = problems;
    }

    /** Whether a file name in a course folder is a quiz. */
    static boolean isQuiz(String name) {
        return name.endsWith(SUFFIX);
    }

    /** Every quiz of the course folder; {@code moduleIds} are the course's modules. */
    List<QuizSpec> read(Path dir, String displayDir, String courseId, Set<String> moduleIds) {
        List<QuizSpec> quizzes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.filter(p -> isQuiz(p.getFileName().toString())).sorted().toList()) {
                String name = path.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                String file = displayDir + "/" + name;
                QuizSpec quiz = read(file, id, courseId, ContentFiles.text(path, file, problems), moduleIds);
                if (quiz != null) {
                    quizzes.add(quiz);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quizzes;
    }

    private QuizSpec read(String file, String id, String courseId, String text, Set<String> moduleIds) {
        int before = problems.count();
        Slugs.check(file, 1, "quiz file name", id, problems);
        YamlMap yaml = text == null ? null : YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String title = yaml.string("title", true);
        String module = yaml.string("module", true);
        if (module != null && !moduleIds.contains(module)) {
            problems.add(file, yaml.line("module"), "unknown module '" + module + "' (not in course.yaml)");
        }
        List<YamlMap> maps = yaml.maps("questions");
        if (maps.isEmpty()) {
            problems.add(file, yaml.has("questions") ? yaml.line("questions") : yaml.line(),
                    "a quiz needs at least one question");
        } else if (maps.size() > MAX_QUESTIONS) {
            problems.add(file, yaml.line("questions"), "a quiz has at most " + MAX_QUESTIONS + " questions, not "
                    + maps.size());
        }
        QuestionReader reader = new QuestionReader(problems);
        List<QuizSpec.Question> questions = new ArrayList<>();
        for (YamlMap map : maps) {
            ExamSpec.Question q = reader.quizQuestion(file, map);
            if (q != null) {
                questions.add(new QuizSpec.Question(q.id(), q.type(), q.stem(), q.options(), q.correct(),
                        q.explanation(), q.item()));
            }
        }
        if (problems.count() > before || title == null || module == null) {
            return null;
        }
        return new QuizSpec(courseId, id, title, module, questions);
    }
}
