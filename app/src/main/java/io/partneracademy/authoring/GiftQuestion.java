package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.ExamSpec;

import java.util.List;
import java.util.Set;

/** A question read from a GIFT file, before it is given an id, section and difficulty in an exam. */
record GiftQuestion(int line, @Nullable String title, @Nullable String category, ExamSpec.Type type, String stem,
                    List<ExamSpec.Option> options, Set<String> correct, String explanation, ExamSpec.Item item) {

    GiftQuestion {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
        item = item == null ? ExamSpec.Item.NONE : item;
    }

    /** A choice question. */
    GiftQuestion(int line, @Nullable String title, @Nullable String category, ExamSpec.Type type, String stem,
                 List<ExamSpec.Option> options, Set<String> correct, String explanation) {
        this(line, title, category, type, stem, options, correct, explanation, ExamSpec.Item.NONE);
    }
}
