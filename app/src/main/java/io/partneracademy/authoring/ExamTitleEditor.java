package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.web.InvalidPartsException.Problem;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The translators' editor for an exam's title and section titles in one language, beside the English source. A save
 * publishes the exam again with that title translation replaced (as {@link ExamTranslationEditor} does for a
 * question), recording the current source fingerprint, so the translation is current; what it saves is checked by
 * writing it as the {@code exam.<lang>.yaml} file the export writes and reading that back with the importer's own
 * {@link ExamTitleReader}. A save that started from another stored translation than the one stored now is refused.
 */
@Singleton
class ExamTitleEditor {

    /** The longest title the reader of exam.&lt;lang&gt;.yaml files accepts. */
    static final int MAX_TITLE = 200;

    private final ExamPublisher publisher;

    ExamTitleEditor(ExamPublisher publisher) {
        this.publisher = publisher;
    }

    /** The exam's titles in this language beside the source, and the stored translation's state and version. */
    ExamTitlePage page(String examId, String language) {
        ExamTranslationEditor.checkLanguage(language);
        ExamSpec spec = spec(examId);
        String fingerprint = ExamSpec.titleFingerprint(spec.title(), spec.blueprint());
        Optional<ExamSpec.TitleTranslation> stored = stored(spec, language);
        TranslationStates.State state = TranslationStates.State.of(stored.map(ExamSpec.TitleTranslation::source),
                fingerprint);
        List<LineDiff.Change> changes = state != TranslationStates.State.OUTDATED ? List.of()
                : publisher.titledAt(examId, stored.get().source())
                .map(then -> LineDiff.of(text(then), text(spec))).orElse(List.of());
        List<ExamTitlePage.Section> sections = spec.blueprint().stream().map(s -> new ExamTitlePage.Section(s.id(),
                s.title(), stored.map(t -> t.sections().get(s.id())).orElse(null))).toList();
        return new ExamTitlePage(spec.id(), spec.title(), ExamTranslationEditor.SOURCE, language, fingerprint,
                stored.map(ExamSpec.TitleTranslation::title).orElse(null), sections,
                new TranslationPage.Translation(ExamTitleReader.file(language), state,
                        stored.map(ExamSpec.TitleTranslation::source).orElse(null), "", changes),
                version(stored));
    }

    /**
     * Saves the title and section titles (by section id; a blank one keeps the English title) in this language as
     * made from the current source, and returns the exam version now in force.
     *
     * @throws ExamTitleRejectedException with every problem of the texts; nothing is written then
     * @throws TranslationConflictException when {@code version} is not the version of the translation stored now
     */
    int save(String examId, String language, @Nullable String title, Map<String, String> sections,
             @Nullable String version) {
        ExamTranslationEditor.checkLanguage(language);
        return publisher.translateTitle(examId, spec -> {
            TranslationConflictException.checkVersion(version, version(stored(spec, language)));
            ExamSpec.TitleTranslation translation = checked(spec, language, title, sections);
            ExamSpec.TitleTranslation read = readBack(translation, spec.blueprint());
            if (!read.equals(translation)) {
                throw new IllegalStateException("exam." + language + ".yaml would not read back as saved: " + read);
            }
            return translation;
        });
    }

    /** The translation of the posted texts, or every problem found: a title is one line of 1 to 200 characters. */
    private static ExamSpec.TitleTranslation checked(ExamSpec spec, String language, @Nullable String title,
                                                     Map<String, String> sections) {
        List<Problem> problems = new ArrayList<>();
        String shown = title == null ? "" : title.strip();
        if (shown.isEmpty()) {
            problems.add(Problem.of(ExamTitleRejectedException.Part.title(), "exam-titles.title-required"));
        } else {
            check(ExamTitleRejectedException.Part.title(), shown, problems);
        }
        Map<String, String> known = new LinkedHashMap<>();
        spec.blueprint().forEach(s -> known.put(s.id(), s.title()));
        Map<String, String> translated = new TreeMap<>();
        sections.forEach((id, text) -> {
            if (!known.containsKey(id)) {
                problems.add(Problem.of(ExamTitleRejectedException.Part.sections(), "exam-titles.section-unknown", id));
            } else if (text != null && !text.isBlank()) {
                check(ExamTitleRejectedException.Part.section(id), text.strip(), problems);
                translated.put(id, text.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new ExamTitleRejectedException(problems);
        }
        return new ExamSpec.TitleTranslation(language, shown, translated,
                ExamSpec.titleFingerprint(spec.title(), spec.blueprint()));
    }

    private static void check(ExamTitleRejectedException.Part part, String text, List<Problem> problems) {
        String field = part.section() == null ? "exam-titles.title" : "exam-titles.section";
        if (text.length() > MAX_TITLE) {
            problems.add(Problem.of(part, field + "-too-long", MAX_TITLE, text.length()));
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.of(part, field + "-one-line"));
        }
    }

    /** The translation as its exam.&lt;lang&gt;.yaml file says it, read back by the importer's reader. */
    private static ExamSpec.TitleTranslation readBack(ExamSpec.TitleTranslation t, List<ExamSpec.Section> blueprint) {
        String file = ExamTitleReader.file(t.language());
        Problems problems = new Problems();
        ExamSpec.TitleTranslation read = new ExamTitleReader(problems).read(ExamTranslationExport.title(t, blueprint),
                file, t.language(), blueprint);
        if (read == null || !problems.isEmpty()) {
            throw new IllegalStateException(file + " would not read back: " + problems.sorted());
        }
        return read;
    }

    /**
     * The version an edit starts from: a hash of the stored translation (title, sections, source), or
     * {@link TranslationPage.Translation#NONE}; any save by another author gives another version.
     */
    static String version(Optional<ExamSpec.TitleTranslation> stored) {
        return stored.map(t -> Secrets.sha256(t.language() + "\n" + t.title() + "\n" + new TreeMap<>(t.sections())
                + "\n" + t.source()).substring(0, 12)).orElse(TranslationPage.Translation.NONE);
    }

    private static Optional<ExamSpec.TitleTranslation> stored(ExamSpec spec, String language) {
        return spec.titles().stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The source texts one per line, for showing what changed in them. */
    private static String text(ExamSpec spec) {
        StringBuilder out = new StringBuilder("title: ").append(spec.title()).append('\n');
        spec.blueprint().forEach(s -> out.append(s.id()).append(": ").append(s.title()).append('\n'));
        return out.toString();
    }

    private ExamSpec spec(String examId) {
        return publisher.current(examId).orElseThrow(() -> new ExamNotFoundException(examId));
    }
}
