package io.partneracademy.exams;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published exam versions and their questions. A version never changes once published, so each is read
 * from MySQL once per node and then served from memory: saves and page views do not re-read the bank.
 */
@Singleton
class ExamVersions {

    private final ExamRepository exams;
    private final ExamTranslationRepository translations;
    private final JsonMapper json;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    ExamVersions(ExamRepository exams, ExamTranslationRepository translations, JsonMapper json) {
        this.exams = exams;
        this.translations = translations;
        this.json = json;
    }

    /** A version's rules, blueprint, questions by id and translations of its title and sections by language. */
    record Loaded(ExamVersionRow rules, List<ExamSpec.Section> blueprint, Map<String, QuestionRow> questions,
                  Map<String, List<ExamSpec.Option>> options, Map<String, ExamSpec.Item> items,
                  Map<String, ExamSpec.TitleTranslation> titles) {

        /**
         * The title in the requested language (a BCP 47 tag): its translation where there is one (an exact tag, else
         * one of the same language), else the source, marked as a fallback unless English was asked for.
         */
        ExamTitle title(String requested) {
            ExamSpec.TitleTranslation t = translation(requested);
            if (t == null) {
                boolean fallback = !ExamLanguages.SOURCE.equals(java.util.Locale.forLanguageTag(requested).getLanguage());
                return new ExamTitle(rules.title(), new io.partneracademy.catalog.CatalogViews.ContentLanguage(
                        ExamLanguages.SOURCE, ExamLanguages.SOURCE, requested, fallback, false));
            }
            boolean outdated = !t.source().equals(ExamSpec.titleFingerprint(rules.title(), blueprint));
            return new ExamTitle(t.title(), new io.partneracademy.catalog.CatalogViews.ContentLanguage(
                    t.language(), ExamLanguages.SOURCE, requested, false, outdated));
        }

        /** A blueprint section's title in the requested language, with the language it is written in. */
        ExamTitle section(ExamSpec.Section section, String requested) {
            ExamSpec.TitleTranslation t = translation(requested);
            String translated = t == null ? null : t.sections().get(section.id());
            String shown = translated == null ? ExamLanguages.SOURCE : t.language();
            return new ExamTitle(translated == null ? section.title() : translated,
                    new io.partneracademy.catalog.CatalogViews.ContentLanguage(shown, ExamLanguages.SOURCE, requested,
                            translated == null && !ExamLanguages.SOURCE.equals(
                                    java.util.Locale.forLanguageTag(requested).getLanguage()), false));
        }

        private ExamSpec.TitleTranslation translation(String requested) {
            ExamSpec.TitleTranslation exact = titles.get(requested);
            if (exact != null) {
                return exact;
            }
            String language = java.util.Locale.forLanguageTag(requested).getLanguage();
            return titles.values().stream()
                    .filter(t -> java.util.Locale.forLanguageTag(t.language()).getLanguage().equals(language))
                    .findFirst().orElse(null);
        }

        /** The question's key and scenario parts; {@link ExamSpec.Item#NONE} for a choice question. */
        ExamSpec.Item item(String questionId) {
            return items.getOrDefault(questionId, ExamSpec.Item.NONE);
        }
    }

    Loaded get(String examId, int version) {
        return cache.computeIfAbsent(examId + "@" + version, k -> load(examId, version));
    }

    private Loaded load(String examId, int version) {
        ExamVersionRow rules = exams.findVersion(examId, version).orElseThrow(() -> new ExamNotFoundException(examId));
        Map<String, QuestionRow> questions = new LinkedHashMap<>();
        Map<String, List<ExamSpec.Option>> options = new LinkedHashMap<>();
        Map<String, ExamSpec.Item> items = new LinkedHashMap<>();
        for (QuestionRow q : exams.findQuestions(examId, version)) {
            questions.put(q.questionId(), q);
            options.put(q.questionId(), read(q.optionsJson(), Argument.listOf(ExamSpec.Option.class)));
            if (q.itemJson() != null) {
                items.put(q.questionId(), read(q.itemJson(), Argument.of(ExamSpec.Item.class)));
            }
        }
        List<ExamSpec.Section> blueprint = read(rules.blueprintJson(), Argument.listOf(ExamSpec.Section.class));
        Map<String, ExamSpec.TitleTranslation> titles = new LinkedHashMap<>();
        for (ExamTranslationRepository.TitleRow t : translations.findTitles(examId, version)) {
            titles.put(t.language(), new ExamSpec.TitleTranslation(t.language(), t.title(),
                    read(t.sectionsJson(), Argument.mapOf(String.class, String.class)), t.source()));
        }
        return new Loaded(rules, blueprint, questions, options, items, titles);
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
