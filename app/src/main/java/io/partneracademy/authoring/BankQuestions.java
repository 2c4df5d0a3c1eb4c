package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions written on an exam's bank page, kept in one bank of the exam's folder
 * ({@code exams/<exam>/questions/written-in-the-browser.yaml}) in the same format as every hand-written bank, for
 * review in git; the next content import publishes them like any bank. A save checks the whole exam with the bank as
 * it would be written, by the exam reader itself, and writes nothing when it finds a problem; each problem in the
 * saved question is given to the form field it came from.
 */
@Singleton
class BankQuestions {

    static final String BANK = "written-in-the-browser.yaml";
    private static final String HEADER = "# Questions written on the exam's bank page in the browser; review them before"
            + " you commit them.\n";

    private final ExamBanks banks;

    BankQuestions(ExamBanks banks) {
        this.banks = banks;
    }

    /** The questions of the exam's browser bank, in their order; the exam must read without problems. */
    List<ExamSpec.Question> written(String examId) {
        Path dir = banks.examDir(examId);
        List<String> ids = ids(dir.resolve("questions").resolve(BANK));
        if (ids.isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems();
        ExamSpec exam = new ExamReader(problems).read(dir, examId);
        if (exam == null || !problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        Map<String, ExamSpec.Question> byId = new LinkedHashMap<>();
        exam.questions().forEach(q -> byId.put(q.id(), q));
        return ids.stream().map(byId::get).filter(q -> q != null).toList();
    }

    /** The questions of the browser bank for the bank page: none while the exam's files have problems. */
    List<Listed> listed(String examId) {
        try {
            return written(examId).stream().flatMap(q -> BankQuestionKind.of(q).stream()
                    .map(kind -> new Listed(q.id(), kind.slug()))).toList();
        } catch (ContentInvalidException e) {
            return List.of();
        }
    }

    /** A question of the browser bank as listed: its id and kind. */
    record Listed(String id, String kind) {
    }

    /** A question of the browser bank with its kind; not found for any other question. */
    Editing question(String examId, String questionId) {
        return written(examId).stream().filter(q -> q.id().equals(questionId)).findFirst()
                .flatMap(q -> BankQuestionKind.of(q).map(kind -> new Editing(q, kind)))
                .orElseThrow(() -> new ExamNotFoundException(examId + "/" + questionId));
    }

    /** A stored question and its kind. */
    record Editing(ExamSpec.Question question, BankQuestionKind kind) {
    }

    /**
     * Adds the question to the browser bank ({@code editedId} null) or replaces the question {@code editedId} there,
     * and returns the saved question's id. Posting the same new question twice (a double click) saves it once.
     *
     * @throws BankQuestionRejectedException with every problem the exam reader finds; nothing is written then
     * @throws BankQuestionConflictException when the edit started from another version of the question than the one
     *                                       stored (another author saved it since); nothing is written then
     */
    synchronized String save(String examId, @Nullable String editedId, BankQuestionKind kind, BankQuestionForm posted) {
        Path dir = banks.examDir(examId);
        List<ExamSpec.Question> current = written(examId);
        BankQuestionForm form = editedId == null ? posted : posted.withId(editedId);
        String id = form.id() == null ? "" : form.id().strip();
        Optional<ExamSpec.Question> same = current.stream().filter(q -> q.id().equals(id)).findFirst();
        if (editedId == null && same.isPresent()) {
            // A second post of the question just added writes nothing; any other question of that id is taken.
            try {
                if (candidate(dir, examId, current, id, kind, form).question().equals(same.get())) {
                    return id;
                }
            } catch (BankQuestionRejectedException e) {
                // the duplicate id is the problem to report
            }
            throw new BankQuestionRejectedException(Map.of("id", List.of("duplicate id: question '" + id
                    + "' is already in this bank")), List.of());
        }
        current.stream().filter(q -> q.id().equals(editedId)).findFirst().map(BankQuestions::version)
                .filter(stored -> form.version() != null && !stored.equals(form.version()))
                .ifPresent(stored -> {
                    throw new BankQuestionConflictException(stored);
                });
        Candidate candidate = candidate(dir, examId, current, editedId, kind, form);
        if (!current.contains(candidate.question())) {
            write(dir.resolve("questions").resolve(BANK), candidate.text());
        }
        return candidate.question().id();
    }

    /**
     * The version of a stored question an edit starts from: a hash of the question as the bank writes it, so any
     * change another author saves (and only a change of this question) gives another version.
     */
    static String version(ExamSpec.Question q) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    GiftBankYaml.writeMaps(List.of(GiftBankYaml.map(q)), "").getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bank as it would be written and the question as the exam reader read it from there. */
    private record Candidate(String text, ExamSpec.Question question) {
    }

    /**
     * The bank with the question in place of {@code replacedId} (or added), checked with the whole exam by the exam
     * reader; throws with every problem found.
     */
    private static Candidate candidate(Path dir, String examId, List<ExamSpec.Question> current,
                                       @Nullable String replacedId, BankQuestionKind kind, BankQuestionForm form) {
        BankQuestionForm.Written written = form.write(kind);
        List<Map<String, Object>> maps = new ArrayList<>();
        int index = -1;
        for (ExamSpec.Question q : current) {
            if (q.id().equals(replacedId)) {
                index = maps.size();
                maps.add(written.yaml());
            } else {
                maps.add(GiftBankYaml.map(q));
            }
        }
        if (index < 0) {
            index = maps.size();
            maps.add(written.yaml());
        }
        String text = GiftBankYaml.writeMaps(maps, HEADER);
        try {
            ExamSpec exam = GiftImport.readExamWith(dir, examId, BANK, text);
            String id = ((String) written.yaml().get("id")).strip();
            return new Candidate(text, exam.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                    .orElseThrow());
        } catch (ContentInvalidException e) {
            throw rejected(examId, text, index, written, e.problems());
        }
    }

    /** Each problem in the question's own lines goes to its form field; the rest are listed for the whole form. */
    private static BankQuestionRejectedException rejected(String examId, String text, int index,
                                                           BankQuestionForm.Written written,
                                                           List<ContentProblem> problems) {
        String file = examId + "/questions/" + BANK;
        YamlMap question = YamlMap.parse(file, text, 0, new Problems()).maps("questions").get(index);
        Map<Integer, String> fields = BankQuestionLines.fields(question, written);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ContentProblem p : problems) {
            String field = p.file().equals(file) ? fields.get(p.line()) : null;
            if (field != null) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(p.message());
            } else {
                general.add(p.toString());
            }
        }
        return new BankQuestionRejectedException(byField, general);
    }

    /** The ids of the bank's questions in order, read from the file (none when there is no such bank yet). */
    private static List<String> ids(Path bank) {
        if (!Files.isRegularFile(bank)) {
            return List.of();
        }
        try {
            Problems problems = new Problems();
            YamlMap yaml = YamlMap.parse(BANK, Files.readString(bank, StandardCharsets.UTF_8), 0, problems);
            return yaml == null ? List.of() : yaml.maps("questions").stream()
                    .map(q -> q.string("id", false)).filter(id -> id != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the bank whole: a reader sees the old file or the new one, never half of it. */
    private static void write(Path bank, String text) {
        try {
            Files.createDirectories(bank.getParent());
            Path temp = Files.createTempFile(bank.getParent(), ".bank-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, bank, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
