package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamSpec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one exam folder: exam.yaml and its question banks, checking every rule of exams/README.md. */
final class ExamReader {

    private static final Set<String> KEYS = Set.of("id", "path", "title", "time-limit-minutes", "pass-mark-percent",
            "mode", "navigation", "multiple-response-scoring", "retake", "window", "blueprint");

    private final Problems problems;

    ExamReader(Problems problems) {
        this.problems = problems;
    }

    ExamSpec read(Path dir, String displayDir) {
        FolderFile definition = FolderFile.read(dir, displayDir, "exam.yaml", "exam", KEYS, problems);
        if (definition == null) {
            return null;
        }
        YamlMap yaml = definition.yaml();
        String file = definition.file();
        String id = definition.id();
        String path = yaml.string("path", true);
        String title = yaml.string("title", true);
        Integer limit = range(file, yaml, "time-limit-minutes", 1, 600);
        Integer passMark = range(file, yaml, "pass-mark-percent", 1, 100);
        ExamSpec.Mode mode = choice(file, yaml, "mode", ExamSpec.Mode.class, ExamSpec.Mode.CERTIFICATION);
        ExamSpec.Navigation nav = choice(file, yaml, "navigation", ExamSpec.Navigation.class, ExamSpec.Navigation.FREE);
        ExamSpec.Scoring scoring = choice(file, yaml, "multiple-response-scoring", ExamSpec.Scoring.class,
                ExamSpec.Scoring.ALL_OR_NOTHING);
        ExamSpec.Retake retake = retake(file, yaml.map("retake"));
        Instant[] window = window(file, yaml.map("window"));
        List<ExamSpec.Section> blueprint = blueprint(file, yaml);
        List<ExamSpec.Question> questions = new QuestionReader(problems).readAll(dir.resolve("questions"),
                displayDir + "/questions", blueprint);
        checkPools(file, yaml, blueprint, questions);
        List<ExamSpec.TitleTranslation> titles = new ExamTitleReader(problems).readAll(dir, displayDir, blueprint);
        if (id == null || path == null || title == null || limit == null || passMark == null || mode == null
                || nav == null || scoring == null || retake == null) {
            return null;
        }
        List<ExamSpec.QuestionTranslation> translations = new QuestionTranslationReader(problems)
                .readAll(dir.resolve("questions"), displayDir + "/questions", questions);
        return new ExamSpec(id, path, title, limit, passMark, mode, nav, scoring, retake, window[0], window[1],
                blueprint, questions, translations, titles);
    }

    private List<ExamSpec.Section> blueprint(String file, YamlMap yaml) {
        List<ExamSpec.Section> sections = new ArrayList<>();
        List<YamlMap> maps = yaml.maps("blueprint");
        if (maps.isEmpty()) {
            problems.add(file, yaml.line("blueprint"), "an exam needs a blueprint with at least one section");
        }
        for (YamlMap section : maps) {
            section.rejectUnknownKeys(Set.of("section", "title", "draw", "difficulty"));
            String id = section.string("section", true);
            String title = section.string("title", true);
            Integer draw = range(file, section, "draw", 1, 500);
            Map<ExamSpec.Difficulty, Integer> mix = new EnumMap<>(ExamSpec.Difficulty.class);
            YamlMap difficulty = section.map("difficulty");
            if (difficulty != null) {
                difficulty.rejectUnknownKeys(Set.of("easy", "medium", "hard"));
                for (ExamSpec.Difficulty d : ExamSpec.Difficulty.values()) {
                    Integer n = difficulty.integer(d.name().toLowerCase(Locale.ROOT), false);
                    if (n != null && n > 0) {
                        mix.put(d, n);
                    }
                }
                int sum = mix.values().stream().mapToInt(Integer::intValue).sum();
                if (draw != null && sum != draw) {
                    problems.add(file, section.line("difficulty"), "the difficulty mix of section '" + id
                            + "' adds up to " + sum + ", not to its draw of " + draw);
                }
            }
            if (id != null) {
                Slugs.check(file, section.line("section"), "section id", id, problems);
                if (sections.stream().anyMatch(s -> s.id().equals(id))) {
                    problems.add(file, section.line("section"), "duplicate id: section '" + id + "'");
                }
            }
            if (id != null && title != null && draw != null) {
                sections.add(new ExamSpec.Section(id, title, draw, mix));
            }
        }
        return sections;
    }

    private void checkPools(String file, YamlMap yaml, List<ExamSpec.Section> blueprint,
                            List<ExamSpec.Question> questions) {
        for (ExamSpec.Section section : blueprint) {
            long pool = questions.stream().filter(q -> q.section().equals(section.id())).count();
            if (pool < section.draw()) {
                problems.add(file, yaml.line("blueprint"), "section '" + section.id() + "' draws " + section.draw()
                        + " questions but its pool has only " + pool);
            }
            // Scenario sets are drawn only when they fit whole, so the questions outside them must fill each draw.
            long standalone = questions.stream()
                    .filter(q -> q.section().equals(section.id()) && q.item().scenarioId() == null).count();
            if (standalone < pool && section.mix().isEmpty() && standalone < section.draw() && pool != section.draw()) {
                problems.add(file, yaml.line("blueprint"), "section '" + section.id() + "' draws " + section.draw()
                        + " questions but has only " + standalone + " outside scenarios (a scenario set is drawn"
                        + " only when it fits whole, so the others must be able to fill the draw, or the pool must be"
                        + " exactly the draw)");
            }
            section.mix().forEach((difficulty, n) -> {
                long alone = questions.stream().filter(q -> q.section().equals(section.id())
                        && q.difficulty() == difficulty && q.item().scenarioId() == null).count();
                long all = questions.stream()
                        .filter(q -> q.section().equals(section.id()) && q.difficulty() == difficulty).count();
                if (alone < all && alone < n && all != n) {
                    problems.add(file, yaml.line("blueprint"), "section '" + section.id() + "' draws " + n + " "
                            + difficulty.name().toLowerCase(Locale.ROOT) + " questions but has only " + alone
                            + " outside scenarios (a scenario set is drawn only when it fits whole, so the others must be"
                        + " able to fill the draw, or the pool must be exactly the draw)");
                }
            });
            section.mix().forEach((difficulty, n) -> {
                long available = questions.stream()
                        .filter(q -> q.section().equals(section.id()) && q.difficulty() == difficulty).count();
                if (available < n) {
                    problems.add(file, yaml.line("blueprint"), "section '" + section.id() + "' draws " + n + " "
                            + difficulty.name().toLowerCase(Locale.ROOT) + " questions but has only " + available);
                }
            });
        }
    }

    private ExamSpec.Retake retake(String file, YamlMap map) {
        if (map == null) {
            return new ExamSpec.Retake(3, 30, 24);
        }
        map.rejectUnknownKeys(Set.of("max-attempts", "period-days", "cooldown-hours"));
        Integer max = range(file, map, "max-attempts", 1, 100);
        Integer period = range(file, map, "period-days", 1, 3650);
        Integer cooldown = range(file, map, "cooldown-hours", 0, 8760);
        return max == null || period == null || cooldown == null ? null : new ExamSpec.Retake(max, period, cooldown);
    }

    private Instant[] window(String file, YamlMap map) {
        Instant[] window = new Instant[2];
        if (map == null) {
            return window;
        }
        map.rejectUnknownKeys(Set.of("opens", "closes"));
        window[0] = instant(file, map, "opens");
        window[1] = instant(file, map, "closes");
        if (window[0] != null && window[1] != null && !window[0].isBefore(window[1])) {
            problems.add(file, map.line("closes"), "the window closes before it opens");
        }
        return window;
    }

    private Instant instant(String file, YamlMap map, String key) {
        String value = map.string(key, false);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(file, map.line(key), key + " must be an ISO-8601 time such as 2026-01-01T00:00:00Z");
            return null;
        }
    }

    private Integer range(String file, YamlMap map, String key, int min, int max) {
        Integer value = map.integer(key, true);
        if (value != null && (value < min || value > max)) {
            problems.add(file, map.line(key), key + " must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    static <E extends Enum<E>> E choice(String file, YamlMap map, String key, Class<E> type, E fallback,
                                        Problems problems) {
        String value = map.string(key, false);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(file, map.line(key), "unknown " + key + " '" + value + "'");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String file, YamlMap map, String key, Class<E> type, E fallback) {
        return choice(file, map, key, type, fallback, problems);
    }
}
