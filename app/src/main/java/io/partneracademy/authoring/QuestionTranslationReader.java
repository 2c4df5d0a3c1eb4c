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
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads translated question banks ({@code questions/<bank>.<lang>.yaml}): each question by its source id with the
 * source's option ids, so grading is the same in every language. An unknown question id (missing source), option ids
 * that differ from the source's, or a tag that is not valid BCP 47 is a {@code file:line} problem.
 */
final class QuestionTranslationReader {

    /** {@code program.ja.yaml}: bank name, then the tag. */
    static final Pattern FILE = Pattern.compile("([^./]+)\\.([^./]+)\\.yaml");
    private static final Set<String> KEYS = Set.of("id", "stem", "options", "explanation");

    private final Problems problems;

    QuestionTranslationReader(Problems problems) {
        this.problems = problems;
    }

    static boolean isTranslation(String name) {
        return FILE.matcher(name).matches();
    }

    List<ExamSpec.QuestionTranslation> readAll(Path dir, String displayDir, List<ExamSpec.Question> questions) {
        Map<String, ExamSpec.Question> sources = questions.stream()
                .collect(Collectors.toMap(ExamSpec.Question::id, Function.identity(), (a, b) -> a));
        List<ExamSpec.QuestionTranslation> translations = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return translations;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path bank : files.filter(p -> isTranslation(p.getFileName().toString())).sorted().toList()) {
                String file = displayDir + "/" + bank.getFileName();
                Matcher name = FILE.matcher(bank.getFileName().toString());
                if (!name.matches() || !validTag(file, name.group(2))) {
                    continue;
                }
                String text = ContentFiles.text(bank, file, problems);
                YamlMap yaml = text == null ? null : YamlMap.parse(file, text, 0, problems);
                if (yaml == null) {
                    continue;
                }
                yaml.rejectUnknownKeys(Set.of("questions"));
                for (YamlMap q : yaml.maps("questions")) {
                    ExamSpec.QuestionTranslation t = read(file, name.group(2), q, sources);
                    if (t != null) {
                        translations.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return translations;
    }

    private ExamSpec.QuestionTranslation read(String file, String language, YamlMap q,
                                              Map<String, ExamSpec.Question> sources) {
        q.rejectUnknownKeys(KEYS);
        String id = q.string("id", true);
        String stem = q.string("stem", true);
        String explanation = q.has("explanation") ? q.string("explanation", false) : null;
        if (id == null) {
            return null;
        }
        ExamSpec.Question source = sources.get(id);
        if (source == null) {
            problems.add(file, q.line("id"), "missing source: the exam has no question '" + id + "'");
            return null;
        }
        List<ExamSpec.Option> options = new ArrayList<>();
        for (YamlMap option : q.maps("options")) {
            option.rejectUnknownKeys(Set.of("id", "text"));
            String optionId = option.string("id", true);
            String text = option.string("text", true);
            if (optionId != null && text != null) {
                options.add(new ExamSpec.Option(optionId, text));
            }
        }
        List<String> want = source.options().stream().map(ExamSpec.Option::id).toList();
        List<String> got = options.stream().map(ExamSpec.Option::id).toList();
        if (!want.equals(got)) {
            problems.add(file, q.line("options"), "question '" + id + "': options must have the source's ids "
                    + want + " in that order, not " + got);
            return null;
        }
        return stem == null ? null : new ExamSpec.QuestionTranslation(id, language, stem, options,
                explanation == null ? source.explanation() : explanation);
    }

    private boolean validTag(String file, String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            problems.add(file, 1, "'" + tag + "' is not a valid BCP 47 language tag");
            return false;
        }
    }
}
