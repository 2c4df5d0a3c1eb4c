package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports the translations of a published exam (those saved in the browser included) in the exams/ file format, as
 * a zip to unpack into exams/: {@code <exam>/questions/<bank>.<lang>.yaml} for every bank and language, each
 * question in the bank its source question is in (found in the exam's folder; questions no bank file holds go to
 * {@code written-in-the-browser}), and {@code <exam>/exam.<lang>.yaml} for the title translations. Read back by the
 * importer, the files give the same translations.
 */
@Singleton
class ExamTranslationExport {

    /** The bank of questions that no file of the exam's folder holds. */
    static final String BROWSER_BANK = "written-in-the-browser";

    private final ExamPublisher publisher;
    private final ContentSettings settings;

    ExamTranslationExport(ExamPublisher publisher, ContentSettings settings) {
        this.publisher = publisher;
        this.settings = settings;
    }

    /** The zip of the exam's translation files, by path inside exams/. */
    byte[] zip(String examId) {
        Map<String, String> files = files(examId);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every translation file of the exam's current version, by its path inside exams/, in path order. */
    Map<String, String> files(String examId) {
        ExamSpec spec = publisher.current(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        Map<String, String> banks = banks(settings.examsDir().resolve(examId).resolve("questions"));
        Map<String, ExamSpec.Question> questions = spec.questions().stream()
                .collect(Collectors.toMap(ExamSpec.Question::id, q -> q));
        List<String> order = spec.questions().stream().map(ExamSpec.Question::id).toList();
        Map<String, StringBuilder> files = new TreeMap<>();
        spec.translations().stream()
                .filter(t -> questions.containsKey(t.questionId()))
                .sorted(java.util.Comparator.comparing(ExamSpec.QuestionTranslation::language)
                        .thenComparing(t -> order.indexOf(t.questionId())))
                .forEach(t -> files.computeIfAbsent(examId + "/questions/" + banks.getOrDefault(t.questionId(),
                                BROWSER_BANK) + "." + t.language() + ".yaml", k -> new StringBuilder("questions:\n"))
                        .append(item(ExamTranslationEditor.text(t.questionId(), t.source(), t.stem(), t.options(),
                                t.explanation()))));
        for (ExamSpec.TitleTranslation t : spec.titles()) {
            files.put(examId + "/exam." + t.language() + ".yaml", new StringBuilder(title(t, spec.blueprint())));
        }
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, text) -> texts.put(path, text.toString()));
        return texts;
    }

    /** A question's entry as an item of the file's {@code questions:} list. */
    private static String item(String entry) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : entry.split("\n", -1)) {
            if (first) {
                out.append("  - ").append(line).append('\n');
                first = false;
            } else if (!line.isEmpty()) {
                out.append("    ").append(line).append('\n');
            } else {
                out.append('\n');
            }
        }
        // split keeps the empty text after the entry's last line break: one blank line too many at the end
        return out.substring(0, out.length() - 1);
    }

    /** A title translation as the text of its {@code exam.<lang>.yaml} file, sections in blueprint order. */
    static String title(ExamSpec.TitleTranslation t, List<ExamSpec.Section> blueprint) {
        StringBuilder out = new StringBuilder("title: ").append(ExamTranslationEditor.scalar(t.title())).append('\n')
                .append("source: ").append(t.source()).append('\n');
        List<ExamSpec.Section> translated = blueprint.stream().filter(s -> t.sections().containsKey(s.id())).toList();
        if (!translated.isEmpty()) {
            out.append("sections:\n");
            translated.forEach(s -> out.append("  - section: ").append(ExamTranslationEditor.scalar(s.id()))
                    .append('\n').append("    title: ").append(ExamTranslationEditor.scalar(t.sections().get(s.id())))
                    .append('\n'));
        }
        return out.toString();
    }

    /** Question id to the name of the bank file that holds it (without {@code .yaml}), from the exam's folder. */
    static Map<String, String> banks(Path dir) {
        Map<String, String> banks = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return banks;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    && !QuestionTranslationReader.isTranslation(p.getFileName().toString())).sorted().toList()) {
                String name = file.getFileName().toString();
                String bank = name.substring(0, name.length() - ".yaml".length());
                Problems ignored = new Problems();
                String text = ContentFiles.text(file, name, ignored);
                YamlMap yaml = text == null ? null : YamlMap.parse(name, text, 0, ignored);
                if (yaml == null) {
                    continue;
                }
                yaml.maps("questions").forEach(q -> banks.putIfAbsent(q.string("id", false), bank));
                yaml.maps("scenarios").forEach(s -> s.maps("questions")
                        .forEach(q -> banks.putIfAbsent(q.string("id", false), bank)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return banks;
    }
}
