package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the question banks of one exam and checks each question against the blueprint and the type rules. */
final class QuestionReader {

    private static final Set<String> KEYS = Set.of("id", "section", "difficulty", "type", "stem", "options",
            "correct", "explanation", "targets", "accept", "case-sensitive");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "section", "difficulty", "stem", "questions");
    private static final List<ExamSpec.Option> TRUE_FALSE = List.of(new ExamSpec.Option("true", "True"),
            new ExamSpec.Option("false", "False"));

    /** Where quiz questions are placed: no blueprint, so one fixed place that nothing reads. */
    private static final Placed QUIZ = new Placed("quiz", ExamSpec.Difficulty.MEDIUM);

    private final Problems problems;
    private final ItemReader items;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, String> seenScenarios = new HashMap<>();

    QuestionReader(Problems problems) {
        this.problems = problems;
        this.items = new ItemReader(problems);
    }

    List<ExamSpec.Question> readAll(Path dir, String displayDir, List<ExamSpec.Section> blueprint) {
        List<ExamSpec.Question> questions = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(displayDir, 1, "missing questions folder");
            return questions;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path bank : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !QuestionTranslationReader.isTranslation(p.getFileName().toString()))
                    .sorted().toList()) {
                String file = displayDir + "/" + bank.getFileName();
                String text = ContentFiles.text(bank, file, problems);
                YamlMap yaml = text == null ? null : YamlMap.parse(file, text, 0, problems);
                if (yaml == null) {
                    continue;
                }
                yaml.rejectUnknownKeys(Set.of("questions", "scenarios"));
                for (YamlMap q : yaml.maps("questions")) {
                    ExamSpec.Question question = read(file, q, blueprint, null);
                    if (question != null) {
                        questions.add(question);
                    }
                }
                for (YamlMap scenario : yaml.maps("scenarios")) {
                    questions.addAll(scenario(file, scenario, blueprint));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }

    /**
     * A scenario set: a shared stem (e.g. a customer case) and its questions, which take the scenario's section and
     * difficulty and are drawn together, in this order.
     */
    private List<ExamSpec.Question> scenario(String file, YamlMap s, List<ExamSpec.Section> blueprint) {
        s.rejectUnknownKeys(SCENARIO_KEYS);
        String id = s.string("id", true);
        if (id != null) {
            Slugs.check(file, s.line("id"), "scenario id", id, problems);
            String earlier = seenScenarios.putIfAbsent(id, file);
            if (earlier != null) {
                problems.add(file, s.line("id"), "duplicate id: scenario '" + id + "' (also in " + earlier + ")");
            }
        }
        String stem = s.string("stem", true);
        Placed placed = new Placed(section(file, s, blueprint), difficulty(file, s));
        List<YamlMap> maps = s.maps("questions");
        if (maps.size() < 2) {
            problems.add(file, s.has("questions") ? s.line("questions") : s.line(),
                    "a scenario needs at least two questions");
        }
        List<ExamSpec.Question> questions = new ArrayList<>();
        for (YamlMap q : maps) {
            for (String key : List.of("section", "difficulty")) {
                if (q.has(key)) {
                    problems.add(file, q.line(key), key + " is set on the scenario, not on its questions");
                }
            }
            ExamSpec.Question question = read(file, q, blueprint, placed);
            if (question != null && id != null && stem != null) {
                questions.add(new ExamSpec.Question(question.id(), question.section(), question.difficulty(),
                        question.type(), question.stem(), question.options(), question.correct(),
                        question.explanation(), question.item().inScenario(id, stem, questions.size())));
            }
        }
        return questions;
    }

    private ExamSpec.Question read(String file, YamlMap q, List<ExamSpec.Section> blueprint, Placed scenario) {
        q.rejectUnknownKeys(KEYS);
        String id = q.string("id", true);
        if (id != null) {
            Slugs.check(file, q.line("id"), "question id", id, problems);
            String earlier = seen.putIfAbsent(id, file);
            if (earlier != null) {
                problems.add(file, q.line("id"), "duplicate id: question '" + id + "' (also in " + earlier + ")");
            }
        }
        String section = scenario != null ? scenario.section() : section(file, q, blueprint);
        ExamSpec.Difficulty difficulty = scenario != null ? scenario.difficulty() : difficulty(file, q);
        ExamSpec.Type type = ExamReader.choice(file, q, "type", ExamSpec.Type.class, null, problems);
        if (type == null && !q.has("type")) {
            problems.add(file, q.line(), "missing type");
        }
        String stem = q.string("stem", true);
        String explanation = q.string("explanation", true);
        if (type != ExamSpec.Type.MATCHING && q.has("targets")) {
            problems.add(file, q.line("targets"), "only a matching question has targets");
        }
        if (type != ExamSpec.Type.SHORT_TEXT && (q.has("accept") || q.has("case-sensitive"))) {
            problems.add(file, q.line(q.has("accept") ? "accept" : "case-sensitive"),
                    "only a short-text question has accepted answers and a case rule");
        }
        List<ExamSpec.Option> options = type == ExamSpec.Type.TRUE_FALSE ? TRUE_FALSE
                : type == ExamSpec.Type.SHORT_TEXT ? List.of() : options(file, q, type == ExamSpec.Type.MATCHING);
        Set<String> correct = new LinkedHashSet<>(q.strings("correct"));
        ExamSpec.Item item = ExamSpec.Item.NONE;
        if (type == null || type.choice()) {
            checkCorrect(file, q, type, options, correct);
        } else {
            correct = Set.of();
            item = switch (type) {
                case ORDERING -> items.ordering(file, q, options);
                case MATCHING -> items.matching(file, q, options);
                default -> items.shortText(file, q);
            };
        }
        if (id == null || section == null || difficulty == null || type == null || stem == null || explanation == null) {
            return null;
        }
        return new ExamSpec.Question(id, section, difficulty, type, stem, options, correct, explanation, item);
    }

    /**
     * A question of a course's practice quiz: the exam question format without section and difficulty (a quiz has
     * no blueprint); null when it has problems.
     */
    ExamSpec.Question quizQuestion(String file, YamlMap q) {
        for (String key : List.of("section", "difficulty")) {
            if (q.has(key)) {
                problems.add(file, q.line(key), "a quiz question has no " + key + " (a quiz has no blueprint)");
            }
        }
        return read(file, q, List.of(), QUIZ);
    }

    /** The section and difficulty a scenario gives its questions (null where the scenario's are wrong). */
    private record Placed(String section, ExamSpec.Difficulty difficulty) {
    }

    private String section(String file, YamlMap q, List<ExamSpec.Section> blueprint) {
        String section = q.string("section", true);
        if (section != null && blueprint.stream().noneMatch(s -> s.id().equals(section))) {
            problems.add(file, q.line("section"), "unknown section '" + section + "' (not in the blueprint)");
        }
        return section;
    }

    private ExamSpec.Difficulty difficulty(String file, YamlMap q) {
        ExamSpec.Difficulty difficulty = ExamReader.choice(file, q, "difficulty", ExamSpec.Difficulty.class, null,
                problems);
        if (difficulty == null && !q.has("difficulty")) {
            problems.add(file, q.line(), "missing difficulty");
        }
        return difficulty;
    }

    private List<ExamSpec.Option> options(String file, YamlMap q, boolean matching) {
        List<ExamSpec.Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap option : q.maps("options")) {
            option.rejectUnknownKeys(matching ? Set.of("id", "text", "match") : Set.of("id", "text"));
            String id = option.string("id", true);
            String text = option.string("text", true);
            if (id != null && !ids.add(id)) {
                problems.add(file, option.line("id"), "duplicate id: option '" + id + "'");
            }
            if (id != null && text != null) {
                options.add(new ExamSpec.Option(id, text));
            }
        }
        if (options.size() < 2) {
            problems.add(file, q.line("options"), "a question needs at least two options");
        }
        return options;
    }

    private void checkCorrect(String file, YamlMap q, ExamSpec.Type type, List<ExamSpec.Option> options,
                              Set<String> correct) {
        int line = q.line("correct");
        if (correct.isEmpty()) {
            problems.add(file, line, "missing correct (the ids of the right options)");
            return;
        }
        for (String id : correct) {
            if (options.stream().noneMatch(o -> o.id().equals(id))) {
                problems.add(file, line, "correct option '" + id + "' is not one of the options");
            }
        }
        if ((type == ExamSpec.Type.SINGLE || type == ExamSpec.Type.TRUE_FALSE) && correct.size() != 1) {
            problems.add(file, line, "a " + (type == ExamSpec.Type.SINGLE ? "single-choice" : "true-false")
                    + " question needs exactly one correct option, not " + correct.size());
        }
    }
}
