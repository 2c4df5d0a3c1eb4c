package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a GIFT file into an exam folder as one new question bank ({@code questions/<file name>.yaml}). The
 * section and difficulty of a question come from its {@code $CATEGORY:} (a path segment naming a blueprint
 * section, one naming easy, medium or hard); its id from its {@code ::title::}. Nothing is written unless the
 * whole file imports and the exam, with the new bank, passes every rule of exams/README.md.
 */
public final class GiftImport {

    private GiftImport() {
    }

    /** Imports {@code gift} into {@code examDir}; {@code defaultSection} places questions no category places. */
    public static Path importInto(Path gift, Path examDir, @Nullable String defaultSection) {
        String examId = examDir.toAbsolutePath().normalize().getFileName().toString();
        List<String> sections = sections(examDir, examId);
        String file = gift.getFileName().toString();
        String base = slug(file.replaceFirst("\\.gift(\\.txt)?$|\\.txt$", ""), "imported");
        Problems problems = new Problems();
        if (defaultSection != null && !sections.contains(defaultSection)) {
            problems.add(file, 1, "--section '" + defaultSection + "' is not a section of " + examId + " " + sections);
        }
        String text = ContentFiles.text(gift, file, problems);
        List<GiftQuestion> read = text == null ? List.of() : new GiftParser(file, problems).parse(text);
        List<ExamSpec.Question> questions = place(file, base, read, sections, defaultSection, problems);
        Path target = examDir.resolve("questions").resolve(base + ".yaml");
        if (Files.exists(target)) {
            problems.add(file, 1, examId + "/questions/" + base + ".yaml already exists; nothing is overwritten");
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        String yaml = GiftBankYaml.write(questions);
        checkExamWith(examDir, examId, base + ".yaml", yaml);
        return writeNew(file, examId, target, yaml);
    }

    /**
     * Writes the bank whole or not at all: into a temporary file beside it, then moved to its name, which fails
     * when another import took that name meanwhile (nothing is overwritten, no half-written bank is ever seen).
     */
    static Path writeNew(String upload, String examId, Path target, String yaml) {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            Files.move(temp, target);
            return target;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Problems problems = new Problems();
            problems.add(upload, 1, examId + "/questions/" + target.getFileName() + " already exists; nothing is"
                    + " overwritten");
            throw new ContentInvalidException(problems.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<String> sections(Path examDir, String examId) {
        Problems scratch = new Problems();
        ExamSpec exam = new ExamReader(scratch).read(examDir, examId);
        if (exam == null) {
            throw new ContentInvalidException(scratch.sorted());
        }
        return exam.blueprint().stream().map(ExamSpec.Section::id).toList();
    }

    private static List<ExamSpec.Question> place(String file, String base, List<GiftQuestion> read,
                                                 List<String> sections, String defaultSection, Problems problems) {
        List<ExamSpec.Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (GiftQuestion q : read) {
            String id = q.title() == null ? base + "-" + (questions.size() + 1) : slug(q.title(), base + "-" + q.line());
            Integer earlier = ids.putIfAbsent(id, q.line());
            if (earlier != null) {
                problems.add(file, q.line(), "duplicate id '" + id + "' (the title of line " + earlier + ")");
            }
            String section = defaultSection;
            ExamSpec.Difficulty difficulty = ExamSpec.Difficulty.MEDIUM;
            for (String segment : q.category() == null ? new String[0] : q.category().split("/")) {
                String s = segment.strip();
                if (sections.contains(s)) {
                    section = s;
                }
                for (ExamSpec.Difficulty d : ExamSpec.Difficulty.values()) {
                    difficulty = d.name().toLowerCase(Locale.ROOT).equals(s) ? d : difficulty;
                }
            }
            if (section == null) {
                problems.add(file, q.line(), "question '" + id + "' has no section: its $CATEGORY ("
                        + q.category() + ") names none of " + sections + " and no --section was given");
            }
            questions.add(new ExamSpec.Question(id, section == null ? "" : section, difficulty, q.type(), q.stem(),
                    q.options(), q.correct(), q.explanation(), q.item()));
        }
        return questions;
    }

    static void checkExamWith(Path examDir, String examId, String bankName, String yaml) {
        readExamWith(examDir, examId, bankName, yaml);
    }

    /**
     * The exam as the exam reader reads it with the bank {@code bankName} written as {@code yaml} (added, or in
     * place of the bank of that name); throws with every problem it finds. Reads a copy: nothing is written.
     */
    static ExamSpec readExamWith(Path examDir, String examId, String bankName, String yaml) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("gift-import").resolve(examId);
            copyTree(examDir, copy);
            Files.writeString(copy.resolve("questions").resolve(bankName), yaml, StandardCharsets.UTF_8);
            Problems problems = new Problems();
            ExamSpec exam = new ExamReader(problems).read(copy, examId);
            if (exam == null || !problems.isEmpty()) {
                throw new ContentInvalidException(problems.sorted());
            }
            return exam;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                deleteTree(copy.getParent());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.createDirectories(to.resolve("questions"));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(String text, String fallback) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? fallback : slug;
    }
}
