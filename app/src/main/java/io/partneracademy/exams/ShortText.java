package io.partneracademy.exams;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import io.partneracademy.web.TypedNumbers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules of short-text answers, shared by the grader and the exam-file reader: an answer is compared after
 * Unicode NFC normalisation, trimming and collapsing every run of white space to one space; case is ignored unless
 * the question is case-sensitive; a regular expression must match the whole normalised answer. Expressions run on
 * RE2 (linear time in the answer's length, no backtracking), so no authored pattern can hang the grader, and
 * answers are at most {@link #MAX_LENGTH} characters.
 */
public final class ShortText {

    /** The longest answer accepted from a learner, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The longest authored pattern, in characters. */
    public static final int MAX_PATTERN = 500;

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    /** Compiled authored patterns: a version's patterns are few and never change, so each is compiled once. */
    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private ShortText() {
    }

    /** The answer as compared: NFC, trimmed, white space collapsed. */
    public static String normalize(String answer) {
        return SPACE.matcher(Normalizer.normalize(answer, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Compiles an authored pattern, or throws with RE2's reason (e.g. a back-reference, which RE2 has not). */
    public static Pattern compile(String regex, boolean caseSensitive) {
        if (regex.length() > MAX_PATTERN) {
            throw new PatternSyntaxException("longer than " + MAX_PATTERN + " characters", regex);
        }
        return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
    }

    /** Whether the answer is one of the item's accepted answers. */
    public static boolean accepted(ExamSpec.Item item, String answer) {
        String given = normalize(answer);
        for (ExamSpec.Accepted accepted : item.accepted()) {
            if (accepted.numeric()) {
                if (TypedNumbers.within(given, new java.math.BigDecimal(accepted.text()), accepted.tolerance())) {
                    return true;
                }
            } else if (accepted.regex() ? COMPILED.computeIfAbsent((item.caseSensitive() ? "s:" : "i:") + accepted.text(),
                    k -> compile(accepted.text(), item.caseSensitive())).matches(given)
                    : same(normalize(accepted.text()), given, item.caseSensitive())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An authored number (an accepted answer or its tolerance), or null when it is not one: grouping commas, spaces
     * and underscores are ignored ("1,822"); authors write a decimal point. A learner's answer is read by
     * {@link TypedNumbers#readings}.
     */
    public static java.math.BigDecimal number(String answer) {
        return TypedNumbers.authored(answer).orElse(null);
    }

    private static boolean same(String a, String b, boolean caseSensitive) {
        return caseSensitive ? a.equals(b) : a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT))
                || a.equalsIgnoreCase(b);
    }
}
