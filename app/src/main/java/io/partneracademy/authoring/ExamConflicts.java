package io.partneracademy.authoring;

import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.catalog.BrowserTranslations.Kind;
import io.partneracademy.catalog.BrowserTranslations.Saved;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The question and title translations saved in the browser that an exam's files would replace (ADR 0050), and the
 * exam as published when some of them are kept.
 */
@Singleton
class ExamConflicts {

    private final BrowserTranslations saves;
    private final ExamPublisher publisher;

    ExamConflicts(BrowserTranslations saves, ExamPublisher publisher) {
        this.saves = saves;
        this.publisher = publisher;
    }

    /**
     * The browser saves of this exam its files (in {@code examsDir}) would replace, by the same rules as
     * {@link CourseConflicts#find}.
     */
    List<TranslationConflict> find(ExamSpec files, Path examsDir) {
        List<Saved> saved = saves.of(files.id(), Kind.QUESTION, Kind.EXAM_TITLE);
        if (saved.isEmpty()) {
            return List.of();
        }
        Optional<ExamSpec> current = publisher.current(files.id());
        boolean replaces = publisher.filesChange(files);
        Map<String, String> banks = ExamTranslationExport.banks(examsDir.resolve(files.id()).resolve("questions"));
        List<TranslationConflict> conflicts = new ArrayList<>();
        for (Saved s : saved) {
            Optional<Unit> browser = current.flatMap(c -> unit(c, s));
            Optional<Unit> file = unit(files, s);
            boolean questionGone = s.kind() == Kind.QUESTION
                    && files.questions().stream().noneMatch(q -> q.id().equals(s.itemId()));
            if (browser.isEmpty() || !browser.get().hash().equals(s.textHash()) || questionGone
                    || file.map(f -> f.hash().equals(s.textHash())).orElse(false)) {
                saves.forget(s);
            } else if (replaces) {
                String name = s.kind() == Kind.EXAM_TITLE ? files.id() + "/exam." + s.language() + ".yaml"
                        : files.id() + "/questions/" + banks.getOrDefault(s.itemId(),
                                ExamTranslationExport.BROWSER_BANK) + "." + s.language() + ".yaml";
                conflicts.add(new TranslationConflict(s, files.title(), s.itemId(), "exams/" + name,
                        s.kind() == Kind.QUESTION ? lineOf(examsDir.resolve(name), s.itemId()) : 1,
                        browser.get().text(), file.map(Unit::text).orElse(null),
                        file.map(Unit::hash).orElse(TranslationConflict.NO_FILE)));
            }
        }
        return conflicts;
    }

    /** The files with these browser saves put back in (each from {@code current}, the published exam). */
    static ExamSpec keep(ExamSpec files, ExamSpec current, Set<Saved> kept) {
        if (kept.isEmpty()) {
            return files;
        }
        List<ExamSpec.QuestionTranslation> questions = new ArrayList<>(files.translations());
        List<ExamSpec.TitleTranslation> titles = new ArrayList<>(files.titles());
        for (Saved s : kept) {
            if (s.kind() == Kind.QUESTION) {
                Optional<ExamSpec.QuestionTranslation> file = question(files, s);
                questions.removeIf(t -> t.questionId().equals(s.itemId()) && t.language().equals(s.language()));
                questions.add(aligned(question(current, s).orElseThrow(), files.questions().stream()
                        .filter(q -> q.id().equals(s.itemId())).findFirst().orElseThrow(), file));
            } else {
                titles.removeIf(t -> t.language().equals(s.language()));
                ExamSpec.TitleTranslation t = title(current, s).orElseThrow();
                Map<String, String> sections = new java.util.HashMap<>(t.sections());
                sections.keySet().retainAll(files.blueprint().stream().map(ExamSpec.Section::id).toList());
                titles.add(new ExamSpec.TitleTranslation(t.language(), t.title(), sections, t.source()));
            }
        }
        return files.withTranslations(questions).withTitles(titles);
    }

    /**
     * The kept translation with the options of the question as the files have it, so learners get a text for every
     * option: the browser's text where the option still exists, else the file translation's, else the source's. A
     * question whose options changed is outdated anyway (its fingerprint changed), so the editor shows what to revise.
     */
    private static ExamSpec.QuestionTranslation aligned(ExamSpec.QuestionTranslation kept, ExamSpec.Question question,
                                                        Optional<ExamSpec.QuestionTranslation> file) {
        Map<String, String> texts = new java.util.HashMap<>();
        question.options().forEach(o -> texts.put(o.id(), o.text()));
        file.ifPresent(f -> f.options().forEach(o -> texts.put(o.id(), o.text())));
        kept.options().forEach(o -> texts.put(o.id(), o.text()));
        List<ExamSpec.Option> options = question.options().stream()
                .map(o -> new ExamSpec.Option(o.id(), texts.get(o.id()))).toList();
        return new ExamSpec.QuestionTranslation(kept.questionId(), kept.language(), kept.stem(), options,
                kept.explanation(), kept.source());
    }

    /** A translated text as the files hold it, with the hash a browser save records. */
    private record Unit(String hash, String text) {
    }

    private static Optional<Unit> unit(ExamSpec spec, Saved s) {
        if (s.kind() == Kind.EXAM_TITLE) {
            return title(spec, s).map(t -> new Unit(t.textHash(), ExamTranslationExport.title(t, spec.blueprint())));
        }
        return question(spec, s).map(t -> new Unit(t.textHash(), ExamTranslationEditor.text(t.questionId(),
                t.source(), t.stem(), t.options(), t.explanation())));
    }

    private static Optional<ExamSpec.QuestionTranslation> question(ExamSpec spec, Saved s) {
        return spec.translations().stream()
                .filter(t -> t.questionId().equals(s.itemId()) && t.language().equals(s.language())).findFirst();
    }

    private static Optional<ExamSpec.TitleTranslation> title(ExamSpec spec, Saved s) {
        return spec.titles().stream().filter(t -> t.language().equals(s.language())).findFirst();
    }

    /** The line of the question's {@code - id:} entry in its translation file; 1 when the file has none. */
    private static int lineOf(Path file, String questionId) {
        if (!Files.isRegularFile(file)) {
            return 1;
        }
        Pattern entry = Pattern.compile("^\\s*-\\s*id:\\s*[\"']?" + Pattern.quote(questionId) + "[\"']?\\s*$");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (entry.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
