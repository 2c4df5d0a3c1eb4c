package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.QuestionBank;
import io.partneracademy.web.FieldErrors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A question revised in the browser: stem, option texts in authored order (ids stay), correct ids, explanation. */
@Serdeable
record ReviseForm(@Nullable String stem, @Nullable List<String> optionText, @Nullable List<String> correct,
                  @Nullable String explanation) {

    /** The form prefilled with the question as stored. */
    static ReviseForm of(QuestionBank.Question q) {
        return new ReviseForm(q.stem(), q.options().stream().map(ExamSpec.Option::text).toList(),
                List.copyOf(q.correct()), q.explanation());
    }

    /** Adds the rules this revision breaks to the form's errors: a stem, every option's text, the right answers. */
    void check(QuestionBank.Question q, FieldErrors errors) {
        if (stemText().isEmpty()) {
            errors.add("stem", "itemstats.revise.stem-required");
        }
        if (options(q).stream().anyMatch(o -> o.text().isEmpty())) {
            errors.add("options", "itemstats.revise.option-required");
        }
        Set<String> right = right(q);
        if (right.isEmpty()) {
            errors.add("correct", "itemstats.revise.correct-required");
        } else if (ExamSpec.Type.valueOf(q.type()) != ExamSpec.Type.MULTIPLE && right.size() != 1) {
            errors.add("correct", "itemstats.revise.correct-count");
        }
    }

    /** The revised question, once {@link #check} found nothing; type, section, difficulty and option ids stay. */
    ExamSpec.Question toQuestion(QuestionBank.Question q) {
        return new ExamSpec.Question(q.id(), q.section(), ExamSpec.Difficulty.valueOf(q.difficulty()),
                ExamSpec.Type.valueOf(q.type()), stemText(), options(q), right(q),
                explanation == null ? "" : explanation.strip());
    }

    private String stemText() {
        return stem == null ? "" : stem.strip();
    }

    private List<ExamSpec.Option> options(QuestionBank.Question q) {
        List<String> texts = optionText == null ? List.of() : optionText;
        List<ExamSpec.Option> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            String t = i < texts.size() && texts.get(i) != null ? texts.get(i).strip() : "";
            options.add(new ExamSpec.Option(q.options().get(i).id(), t));
        }
        return options;
    }

    private Set<String> right(QuestionBank.Question q) {
        Set<String> ids = new HashSet<>(q.options().stream().map(ExamSpec.Option::id).toList());
        Set<String> right = new HashSet<>(correct == null ? List.of() : correct);
        right.retainAll(ids);
        return right;
    }

    /** The option fields to show again: the question's option ids with this form's texts and ticks. */
    List<OptionField> fields(QuestionBank.Question q) {
        List<OptionField> fields = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            String id = q.options().get(i).id();
            String text = optionText != null && i < optionText.size() && optionText.get(i) != null
                    ? optionText.get(i) : "";
            fields.add(new OptionField(id, text, correct != null && correct.contains(id)));
        }
        return fields;
    }

    /** One option row of the form. */
    record OptionField(String id, String text, boolean correct) {
    }
}
