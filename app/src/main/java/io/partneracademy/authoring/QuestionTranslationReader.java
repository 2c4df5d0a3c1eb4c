package io.partneracademy.authoring;

import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads translated question banks ({@code questions/<bank>.<lang>.yaml}): each question by its source id with the
 * source's option ids, so grading is the same in every language, and the {@link #fingerprint} of the source question
 * it was made from ({@code source:}). An unknown question id (missing source), option ids that differ from the
 * source's, a missing or malformed {@code source:}, or a tag that is not valid BCP 47 is a {@code file:line} problem.
 */
final class QuestionTranslationReader {

    /** {@code program.ja.yaml}: bank name, then the tag. */
    static final Pattern FILE = Pattern.compile("([^./]+)\\.([^./]+)\\.yaml");
    private static final Set<String> KEYS = Set.of("id", "source", "stem", "options", "explanation");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + SourceFingerprint.LENGTH + "}");

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

    /**
     * The fingerprint of a source question as a translation records it: its stem, its options (ids and texts, in
     * order) and its explanation. Section, difficulty, type and the key are not text a translator translates.
     */
    static String fingerprint(ExamSpec.Question question) {
        StringBuilder options = new StringBuilder();
        question.options().forEach(o -> options.append(o.id()).append('\t').append(o.text()).append('\n'));
        return SourceFingerprint.ofParts(question.stem(), options.toString(), question.explanation());
    }

    /**
     * Reads one question's entry of a translation file (the text the browser editor shows, without the leading
     * {@code - }); null when it has a problem, then added to the problems with lines counted from {@code firstLine}.
     */
    ExamSpec.QuestionTranslation question(String file, String language, String text, int firstLine,
                                          ExamSpec.Question source) {
        YamlMap yaml = YamlMap.parse(file, text, firstLine, problems);
        if (yaml == null) {
            return null;
        }
        String id = yaml.has("id") ? yaml.string("id", false) : null;
        if (id != null && !id.equals(source.id())) {
            problems.add(file, yaml.line("id"), "id must stay '" + source.id()
                    + "' (the question this text translates), not '" + id + "'");
            return null;
        }
        return read(file, language, yaml, Map.of(source.id(), source));
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
        String madeFrom = q.string("source", true);
        if (madeFrom != null && !FINGERPRINT.matcher(madeFrom).matches()) {
            problems.add(file, q.line("source"), "source must be the " + SourceFingerprint.LENGTH
                    + " hex digits of the source question's fingerprint (shown on the exam's translations page), not '"
                    + madeFrom + "'");
            madeFrom = null;
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
        return stem == null || madeFrom == null ? null : new ExamSpec.QuestionTranslation(id, language, stem, options,
                explanation == null ? source.explanation() : explanation, madeFrom);
    }

    private boolean validTag(String file, String tag) {
        java.util.Optional<String> refused = TranslationLanguage.problem(tag, io.partneracademy.exams.ExamLanguages.SOURCE,
                "the source's own language (exams are written in English)");
        refused.ifPresent(message -> problems.add(file, 1, message));
        return refused.isEmpty();
    }
}
