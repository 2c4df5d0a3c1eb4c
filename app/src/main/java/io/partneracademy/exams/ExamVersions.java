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
    private final JsonMapper json;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    ExamVersions(ExamRepository exams, JsonMapper json) {
        this.exams = exams;
        this.json = json;
    }

    /** A version's rules, blueprint and questions by id. */
    record Loaded(ExamVersionRow rules, List<ExamSpec.Section> blueprint, Map<String, QuestionRow> questions,
                  Map<String, List<ExamSpec.Option>> options, Map<String, ExamSpec.Item> items) {

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
        return new Loaded(rules, blueprint, questions, options, items);
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
