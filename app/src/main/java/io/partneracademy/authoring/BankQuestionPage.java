package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The page writing or editing one bank question: the form's rows as they are shown (filled ones and a few blank
 * ones, no JavaScript needed), the exam's sections, and the problems of a rejected save by field.
 *
 * @param questionId the question being edited, null for a new one
 * @param conflict   whether another author saved the question after this edit started (nothing was saved)
 */
record BankQuestionPage(String examId, String kind, @Nullable String questionId, BankQuestionForm form,
                        List<String> sections, Rows rows, Map<String, List<String>> errors, List<String> general,
                        boolean conflict) {

    /** The rows of the list fields, each with its 1-based number. */
    record Rows(List<Text> steps, List<Pair> pairs, List<Text> distractors, List<Accept> accepted,
                List<Number> numbers) {
    }

    /** A row holding one text. */
    record Text(int n, String text) {
    }

    /** A matching row: the prompt and the target text it matches. */
    record Pair(int n, String prompt, String match) {
    }

    /** An accepted answer: its text and whether it is a pattern. */
    record Accept(int n, String text, boolean regex) {
    }

    /** A number answer and its tolerance. */
    record Number(int n, String number, String tolerance) {
    }

    static BankQuestionPage of(String examId, BankQuestionKind kind, @Nullable String questionId,
                               BankQuestionForm form, List<String> sections, Map<String, List<String>> errors,
                               List<String> general, boolean conflict) {
        Rows rows = new Rows(texts(form.step(), 3), pairs(form), texts(form.distractor(), 2), accepted(form),
                numbers(form));
        return new BankQuestionPage(examId, kind.slug(), questionId, form, sections, rows, errors, general, conflict);
    }

    /** The problems of one field ({@code step-2}), none when it has none. */
    public List<String> errorsOf(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** The number of problems in all. */
    public int problems() {
        return errors.values().stream().mapToInt(List::size).sum() + general.size();
    }

    private static List<Text> texts(@Nullable List<String> values, int blank) {
        return IntStream.range(0, BankQuestionForm.rows(values, blank))
                .mapToObj(i -> new Text(i + 1, BankQuestionForm.row(values, i))).toList();
    }

    private static List<Pair> pairs(BankQuestionForm form) {
        List<String> longer = form.prompt() != null && form.match() != null
                && form.match().size() > form.prompt().size() ? form.match() : form.prompt();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < BankQuestionForm.rows(longer, 3); i++) {
            pairs.add(new Pair(i + 1, BankQuestionForm.row(form.prompt(), i), BankQuestionForm.row(form.match(), i)));
        }
        return pairs;
    }

    private static List<Accept> accepted(BankQuestionForm form) {
        return IntStream.range(0, BankQuestionForm.rows(form.accept(), 3))
                .mapToObj(i -> new Accept(i + 1, BankQuestionForm.row(form.accept(), i),
                        "regex".equals(BankQuestionForm.row(form.acceptKind(), i)))).toList();
    }

    private static List<Number> numbers(BankQuestionForm form) {
        List<String> longer = form.number() != null && form.tolerance() != null
                && form.tolerance().size() > form.number().size() ? form.tolerance() : form.number();
        return IntStream.range(0, BankQuestionForm.rows(longer, 2))
                .mapToObj(i -> new Number(i + 1, BankQuestionForm.row(form.number(), i),
                        BankQuestionForm.row(form.tolerance(), i))).toList();
    }
}
