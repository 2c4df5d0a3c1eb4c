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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the translations of an exam's title and section titles beside its definition ({@code exam.<lang>.yaml}),
 * each naming the fingerprint of the source texts it was made from. A tag that is not valid BCP 47, a translation
 * into English, a section the blueprint does not have, a missing title or a malformed {@code source:} is a
 * {@code file:line} problem.
 */
final class ExamTitleReader {

    /** {@code exam.de.yaml}: the tag after {@code exam.}. */
    static final Pattern FILE = Pattern.compile("exam\\.([^./]+)\\.yaml");
    private static final Set<String> KEYS = Set.of("title", "source", "sections");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + SourceFingerprint.LENGTH + "}");

    private final Problems problems;

    ExamTitleReader(Problems problems) {
        this.problems = problems;
    }

    /** Every title translation in the exam folder, by language tag order. */
    List<ExamSpec.TitleTranslation> readAll(Path dir, String displayDir, List<ExamSpec.Section> blueprint) {
        List<ExamSpec.TitleTranslation> read = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return read;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                Matcher name = FILE.matcher(path.getFileName().toString());
                name.matches();
                String file = displayDir + "/" + path.getFileName();
                ExamSpec.TitleTranslation t = read(path, file, name.group(1), blueprint);
                if (t != null) {
                    read.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    private ExamSpec.TitleTranslation read(Path path, String file, String tag, List<ExamSpec.Section> blueprint) {
        java.util.Optional<String> refused = TranslationLanguage.problem(tag, SOURCE_LANGUAGE,
                "the source's own language (exams are written in English)");
        if (refused.isPresent()) {
            problems.add(file, 1, refused.get());
            return null;
        }
        String text = ContentFiles.text(path, file, problems);
        return text == null ? null : read(text, file, tag, blueprint);
    }

    /**
     * The translation in the text of an {@code exam.<tag>.yaml} file (its tag already checked), or null with its
     * problems; {@code file} names it in them.
     */
    ExamSpec.TitleTranslation read(String text, String file, String tag, List<ExamSpec.Section> blueprint) {
        YamlMap yaml = YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String title = yaml.string("title", true);
        String source = yaml.string("source", true);
        if (source != null && !FINGERPRINT.matcher(source).matches()) {
            problems.add(file, yaml.line("source"), "source must be the " + SourceFingerprint.LENGTH
                    + " hex digits of the fingerprint of the exam's title and section titles (shown on the exam's"
                    + " translations page), not '" + source + "'");
            source = null;
        }
        Map<String, String> sections = sections(file, yaml, blueprint);
        if (title != null && title.length() > 200) {
            problems.add(file, yaml.line("title"), "title is longer than 200 characters");
            return null;
        }
        return title == null || source == null || sections == null ? null
                : new ExamSpec.TitleTranslation(tag, title, sections, source);
    }

    private Map<String, String> sections(String file, YamlMap yaml, List<ExamSpec.Section> blueprint) {
        Set<String> known = new java.util.HashSet<>();
        blueprint.forEach(s -> known.add(s.id()));
        Map<String, String> sections = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlMap section : yaml.maps("sections")) {
            section.rejectUnknownKeys(Set.of("section", "title"));
            String id = section.string("section", true);
            String title = section.string("title", true);
            if (id != null && !known.contains(id)) {
                problems.add(file, section.line("section"), "missing source: the blueprint has no section '" + id
                        + "'");
                ok = false;
            } else if (id != null && sections.containsKey(id)) {
                problems.add(file, section.line("section"), "duplicate id: section '" + id + "'");
                ok = false;
            } else if (id != null && title != null) {
                sections.put(id, title);
            } else {
                ok = false;
            }
        }
        return ok ? sections : null;
    }

    /** The name of the file that holds the translation into this language. */
    static String file(String tag) {
        return "exam." + tag + ".yaml";
    }

    /** The language exams are written in. */
    static final String SOURCE_LANGUAGE = "en";
}
