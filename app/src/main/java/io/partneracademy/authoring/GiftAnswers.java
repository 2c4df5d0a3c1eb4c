package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the answers of a GIFT multiple-choice block: with an {@code =} answer it is single choice, without one
 * it is multiple response, and the answers with a positive {@code ~%w%} weight are the right ones.
 */
final class GiftAnswers {

    /** Reads a stem, answer or feedback text reported at a line. */
    interface TextReader {
        String text(String raw, int line);
    }

    /** The type, options (ids a, b, c… in the order written) and right option ids of a question. */
    record Result(ExamSpec.Type type, List<ExamSpec.Option> options, Set<String> correct, ExamSpec.Item item) {

        Result(ExamSpec.Type type, List<ExamSpec.Option> options, Set<String> correct) {
            this(type, options, correct, ExamSpec.Item.NONE);
        }
    }

    private record Answer(char marker, Double weight, String text, int line) {
    }

    private final String file;
    private final Problems problems;
    private final TextReader reader;

    GiftAnswers(String file, Problems problems, TextReader reader) {
        this.file = file;
        this.problems = problems;
        this.reader = reader;
    }

    /** Reads the answers starting at {@code offset} in the question's text; null when one is wrong. */
    Result read(String block, Explanation explanation, GiftParser.Lines at, int offset) {
        int before = problems.count();
        List<Answer> answers = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '~' || c == '=') {
                marks.add(i);
            }
        }
        if (!block.substring(0, marks.get(0)).isBlank()) {
            problems.add(file, at.of(offset), "text before the first answer (~ or =)");
        }
        for (int m = 0; m < marks.size(); m++) {
            int from = marks.get(m);
            int to = m + 1 < marks.size() ? marks.get(m + 1) : block.length();
            answers.add(answer(block.charAt(from), block.substring(from + 1, to), at.of(offset + from), explanation));
        }
        boolean single = answers.stream().anyMatch(a -> a.marker() == '=');
        Set<String> correct = single ? single(answers) : multiple(answers, at.of(offset));
        if (answers.size() < 2) {
            problems.add(file, at.of(offset), "a multiple-choice question needs at least two answers");
        }
        List<ExamSpec.Option> options = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            options.add(new ExamSpec.Option(id(i), answers.get(i).text()));
        }
        return problems.count() > before ? null
                : new Result(single ? ExamSpec.Type.SINGLE : ExamSpec.Type.MULTIPLE, options, correct);
    }

    private Answer answer(char marker, String raw, int line, Explanation explanation) {
        String body = raw.stripLeading();
        Double weight = null;
        if (body.startsWith("%")) {
            int end = body.indexOf('%', 1);
            try {
                weight = Double.parseDouble(body.substring(1, end));
                body = body.substring(end + 1);
            } catch (RuntimeException e) {
                problems.add(file, line, "the answer weight in '" + body.strip() + "' is not %number%");
            }
        }
        return new Answer(marker, weight, text(body, line, explanation), line);
    }

    /**
     * The text of one answer as written after its marker and weight, up to its feedback (after the first unescaped
     * {@code #}), which goes into the explanation under the answer; an answer without text is a problem at its line.
     * GIFT's rule for every answer with text (multiple choice, short answer).
     */
    String text(String body, int line, Explanation explanation) {
        int hash = GiftText.indexOf(body, "#", 0);
        String text = reader.text(hash < 0 ? body : body.substring(0, hash), line);
        if (hash >= 0) {
            explanation.add(text, reader.text(body.substring(hash + 1), line));
        }
        if (text.isEmpty()) {
            problems.add(file, line, "an answer has no text");
        }
        return text;
    }

    private Set<String> single(List<Answer> answers) {
        Set<String> correct = new LinkedHashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (a.marker() == '=') {
                if (!correct.isEmpty()) {
                    problems.add(file, a.line(), "a second right answer (=): a single-choice question has one; "
                            + "use ~%50% weights for multiple response");
                }
                correct.add(id(i));
            } else if (a.weight() != null && a.weight() != 0) {
                problems.add(file, a.line(), "partial credit (~%" + format(a.weight()) + "%) in a single-choice "
                        + "question is not supported: an answer is right (=) or wrong (~)");
            }
        }
        return correct;
    }

    private Set<String> multiple(List<Answer> answers, int line) {
        Set<String> correct = new LinkedHashSet<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Double weight = answers.get(i).weight();
            if (weight != null && weight > 0) {
                correct.add(id(i));
                weights.add(weight);
            }
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (correct.isEmpty()) {
            problems.add(file, line, "no answer has a positive weight (~%50%…): a multiple-response question "
                    + "needs at least one right answer");
        } else if (Math.abs(sum - 100) > 0.1 || weights.stream().anyMatch(w -> Math.abs(w - weights.get(0)) > 0.01)) {
            problems.add(file, line, "the right answers must share 100% equally (here " + weights.stream()
                    .map(GiftAnswers::format).toList() + "): other weights are not supported");
        }
        return correct;
    }

    static String id(int index) {
        return String.valueOf((char) ('a' + index));
    }

    static String format(double weight) {
        String text = String.format(java.util.Locale.ROOT, "%.5f", weight).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
