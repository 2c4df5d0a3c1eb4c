package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a GIFT numerical block with Moodle's rules into a short-text question whose accepted answers are numbers:
 * {@code {#42}} exact, {@code {#3.14:0.01}} a value and its tolerance, {@code {#1..5}} a range (its midpoint and half
 * its width, as Moodle stores it), several {@code =} answers, {@code #feedback} per answer and {@code ~#feedback}
 * for any other answer, kept in the explanation. Weights other than 100% have no form in our short text.
 */
final class GiftNumerical {

    private final String file;
    private final Problems problems;
    private final GiftAnswers.TextReader reader;

    GiftNumerical(String file, Problems problems, GiftAnswers.TextReader reader) {
        this.file = file;
        this.problems = problems;
        this.reader = reader;
    }

    /** The question from the answers of a block that starts with '#'; null with problems when it has any. */
    GiftAnswers.Result read(String answers, Explanation explanation, GiftParser.Lines at, int offset) {
        int before = problems.count();
        int start = answers.indexOf('#') + 1;
        int wrong = GiftText.indexOf(answers, "~", start);
        int end = wrong < 0 ? answers.length() : wrong;
        List<ExamSpec.Accepted> accepted = new ArrayList<>();
        List<Integer> marks = new ArrayList<>(List.of(start));
        for (int i = start; i < end; i++) {
            if (answers.charAt(i) == '\\') {
                i++;
            } else if (answers.charAt(i) == '=') {
                marks.add(i);
            }
        }
        for (int m = 0; m < marks.size(); m++) {
            int from = marks.get(m) + (m == 0 ? 0 : 1);
            String part = answers.substring(from, m + 1 < marks.size() ? marks.get(m + 1) : end);
            if (m == 0 && part.isBlank()) {
                continue;
            }
            ExamSpec.Accepted answer = answer(part, explanation, at.of(offset + from));
            if (answer != null) {
                accepted.add(answer);
            }
        }
        if (accepted.isEmpty() && problems.count() == before) {
            problems.add(file, at.of(offset), "a numerical question needs at least one answer ({#42}, {#3.14:0.01}"
                    + " or {#1..5})");
        }
        if (wrong >= 0) {
            String feedback = answers.substring(wrong + 1).strip();
            explanation.add("any other answer", reader.text(feedback.startsWith("#") ? feedback.substring(1)
                    : feedback, at.of(offset + wrong)));
        }
        return problems.count() > before ? null : new GiftAnswers.Result(ExamSpec.Type.SHORT_TEXT, List.of(),
                Set.of(), new ExamSpec.Item(List.of(), List.of(), Map.of(), accepted, false, null, null, 0));
    }

    private ExamSpec.Accepted answer(String part, Explanation explanation, int line) {
        String body = part.strip();
        if (body.startsWith("%")) {
            int close = body.indexOf('%', 1);
            String weight = close < 0 ? body : body.substring(1, close).strip();
            if (close < 0 || !weight.equals("100")) {
                problems.add(file, line, "partial credit (=%" + weight + "%) in a numerical answer is not supported:"
                        + " an accepted answer scores 100%");
                return null;
            }
            body = body.substring(close + 1);
        }
        int hash = GiftText.indexOf(body, "#", 0);
        String value = GiftText.unescape(hash < 0 ? body : body.substring(0, hash)).strip();
        if (hash >= 0) {
            explanation.add(value, reader.text(body.substring(hash + 1), line));
        }
        BigDecimal[] number = number(value);
        if (number == null && value.matches(".*\\d,\\d.*") && number(value.replace(',', '.')) != null) {
            // Moodle's import refuses it too (is_numeric): a GIFT file's numbers take a decimal point.
            problems.add(file, line, "numerical answer '" + value + "' has a comma: a GIFT number has a decimal"
                    + " point and no thousands separator ('" + value.replace(',', '.') + "'), as Moodle reads it");
            return null;
        }
        if (number == null) {
            problems.add(file, line, "numerical answer '" + value + "' is not a number, a number:tolerance or a"
                    + " min..max range");
            return null;
        }
        if (number[1].signum() < 0) {
            problems.add(file, line, "numerical answer '" + value + "' has a negative tolerance or a range whose"
                    + " minimum is above its maximum");
            return null;
        }
        return new ExamSpec.Accepted(number[0].stripTrailingZeros().toPlainString(), false,
                number[1].stripTrailingZeros());
    }

    /** The value and tolerance of "n", "n:t" or "min..max", or null when it is none of them. */
    private static BigDecimal[] number(String value) {
        try {
            int range = value.indexOf("..");
            if (range > 0) {
                BigDecimal min = new BigDecimal(value.substring(0, range).strip());
                BigDecimal max = new BigDecimal(value.substring(range + 2).strip());
                BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_EVEN);
                return new BigDecimal[] {mid, max.subtract(mid)};
            }
            int colon = value.indexOf(':');
            if (colon > 0) {
                return new BigDecimal[] {new BigDecimal(value.substring(0, colon).strip()),
                        new BigDecimal(value.substring(colon + 1).strip())};
            }
            return new BigDecimal[] {new BigDecimal(value), BigDecimal.ZERO};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
