package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.exams.ExamSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bank question as written on the bank page, every field kept as typed: the rows of an ordering question's steps
 * (in the right order), a matching question's prompts with the target each matches and extra targets that match
 * nothing, a short-text question's accepted answers (each a text or a pattern) and case rule, or a numerical
 * question's numbers and tolerances. Blank rows are left out; the exam reader checks everything else. An edit carries
 * the {@code version} of the question it started from, so a save over another author's newer save is refused.
 */
@Serdeable
record BankQuestionForm(@Nullable String id, @Nullable String section, @Nullable String difficulty,
                        @Nullable String stem, @Nullable String explanation, @Nullable List<String> step,
                        @Nullable List<String> prompt, @Nullable List<String> match,
                        @Nullable List<String> distractor, @Nullable List<String> accept,
                        @Nullable List<String> acceptKind, @Nullable String caseSensitive,
                        @Nullable List<String> number, @Nullable List<String> tolerance, @Nullable String version) {

    /** Rows offered for steps, prompts and accepted answers: as many as a question may have. */
    static final int MAX_ROWS = ItemReader.MAX_PARTS;

    /** A new question: medium difficulty, nothing else filled in. */
    static BankQuestionForm blank() {
        return new BankQuestionForm("", "", "medium", "", "", null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The form filled with a stored question of one of the kinds. */
    static BankQuestionForm of(ExamSpec.Question q) {
        List<String> steps = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        Map<String, String> targets = new LinkedHashMap<>();
        q.item().targets().forEach(t -> targets.put(t.id(), t.text()));
        for (ExamSpec.Option o : q.options()) {
            if (q.type() == ExamSpec.Type.MATCHING) {
                prompts.add(o.text());
                matches.add(targets.getOrDefault(q.item().pairs().get(o.id()), ""));
            } else {
                steps.add(o.text());
            }
        }
        targets.forEach((id, text) -> {
            if (!q.item().pairs().containsValue(id)) {
                distractors.add(text);
            }
        });
        List<String> accepted = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> tolerances = new ArrayList<>();
        for (ExamSpec.Accepted a : q.item().accepted()) {
            if (a.numeric()) {
                numbers.add(a.text());
                tolerances.add(a.tolerance().signum() == 0 ? "" : a.tolerance().toPlainString());
            } else {
                accepted.add(a.text());
                kinds.add(a.regex() ? "regex" : "text");
            }
        }
        return new BankQuestionForm(q.id(), q.section(), q.difficulty().name().toLowerCase(Locale.ROOT), q.stem(),
                q.explanation(), steps, prompts, matches, distractors, accepted, kinds,
                q.item().caseSensitive() ? "true" : null, numbers, tolerances, BankQuestions.version(q));
    }

    /** The same form with another id (the id of a question being edited comes from its address). */
    BankQuestionForm withId(String newId) {
        return new BankQuestionForm(newId, section, difficulty, stem, explanation, step, prompt, match, distractor,
                accept, acceptKind, caseSensitive, number, tolerance, version);
    }

    /** The same form answering the stored question of {@code newVersion} (saving it again replaces that one). */
    BankQuestionForm withVersion(String newVersion) {
        return new BankQuestionForm(id, section, difficulty, stem, explanation, step, prompt, match, distractor,
                accept, acceptKind, caseSensitive, number, tolerance, newVersion);
    }

    /** Whether the case rule's box is ticked; public, as the page's template engine reaches only public methods. */
    public boolean caseSensitiveChecked() {
        return "true".equals(caseSensitive);
    }

    /** Row {@code i} (from 0) of a list field, empty when the list is shorter. */
    static String row(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    /**
     * How many rows to show for a list of {@code size} posted rows: those and {@code blank} more, at most
     * {@link #MAX_ROWS} unless more were posted (then those, up to 50, so each can show its problem).
     */
    static int rows(@Nullable List<String> values, int blank) {
        int size = values == null ? 0 : values.size();
        return Math.min(50, Math.max(size, Math.min(MAX_ROWS, size + blank)));
    }

    /**
     * The question as a bank holds it, fields as typed, and which form field each part of it came from (so a problem
     * the exam reader finds at a line can name its field).
     */
    Written write(BankQuestionKind kind) {
        Map<String, Object> q = new LinkedHashMap<>();
        Written written = new Written(q, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        q.put("id", text(id));
        q.put("section", text(section));
        q.put("difficulty", text(difficulty));
        q.put("type", kind.type());
        q.put("stem", text(stem));
        switch (kind) {
            case ORDERING -> q.put("options", ordering(written));
            case MATCHING -> matching(q, written);
            case SHORT_TEXT -> {
                if (caseSensitiveChecked()) {
                    q.put("case-sensitive", true);
                }
                q.put("accept", accepted(written));
            }
            case NUMERICAL -> q.put("accept", numbers(written));
        }
        q.put("explanation", text(explanation));
        return written;
    }

    private List<Map<String, Object>> ordering(Written written) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < size(step); i++) {
            if (!row(step, i).isBlank()) {
                options.add(option(options.size(), row(step, i)));
                written.options().add("step-" + (i + 1));
            }
        }
        return options;
    }

    /** Prompts with the id of their target; targets are the matched texts (each once) and then the extra ones. */
    private void matching(Map<String, Object> q, Written written) {
        Map<String, String> targetIds = new LinkedHashMap<>();
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < Math.max(size(prompt), size(match)); i++) {
            String matched = row(match, i).strip();
            if (row(prompt, i).isBlank() && matched.isEmpty()) {
                continue;
            }
            Map<String, Object> option = option(options.size(), row(prompt, i));
            if (!matched.isEmpty()) {
                if (!targetIds.containsKey(matched)) {
                    targetIds.put(matched, "t" + (targetIds.size() + 1));
                    written.targets().add("match-" + (i + 1));
                }
                option.put("match", targetIds.get(matched));
            }
            options.add(option);
            written.options().add("prompt-" + (i + 1));
        }
        for (int i = 0; i < size(distractor); i++) {
            String extra = row(distractor, i).strip();
            if (!extra.isEmpty() && !targetIds.containsKey(extra)) {
                targetIds.put(extra, "t" + (targetIds.size() + 1));
                written.targets().add("distractor-" + (i + 1));
            }
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        targetIds.forEach((text, targetId) -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("id", targetId);
            target.put("text", text);
            targets.add(target);
        });
        q.put("options", options);
        q.put("targets", targets);
    }

    private List<Map<String, Object>> accepted(Written written) {
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (int i = 0; i < size(accept); i++) {
            if (!row(accept, i).isBlank()) {
                accepted.add(Map.of("regex".equals(row(acceptKind, i)) ? "regex" : "text", row(accept, i)));
                written.accepted().add(i + 1);
            }
        }
        return accepted;
    }

    private List<Map<String, Object>> numbers(Written written) {
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (int i = 0; i < Math.max(size(number), size(tolerance)); i++) {
            if (row(number, i).isBlank() && row(tolerance, i).isBlank()) {
                continue;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!row(number, i).isBlank()) {
                answer.put("number", row(number, i).strip());
            }
            if (!row(tolerance, i).isBlank()) {
                answer.put("tolerance", row(tolerance, i).strip());
            }
            accepted.add(answer);
            written.accepted().add(i + 1);
        }
        return accepted;
    }

    private static Map<String, Object> option(int index, String text) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("id", String.valueOf((char) ('a' + Math.min(index, 25))) + (index >= 26 ? index : ""));
        option.put("text", text);
        return option;
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * A question's keys as a bank holds them, and the form field of each of its options (in order), its targets and
     * its accepted answers (their row numbers).
     */
    record Written(Map<String, Object> yaml, List<String> options, List<String> targets, List<Integer> accepted) {
    }
}
