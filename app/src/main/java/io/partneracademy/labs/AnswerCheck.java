package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.TypedNumbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compares a learner's answer with a task's expected answers: exact text, a regular expression, or a number. */
public final class AnswerCheck {

    /** Answers longer than this are refused before any comparison (and before a regular expression runs). */
    public static final int MAX_LENGTH = 500;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerCheck() {
    }

    /** True when the answer matches one of the expected values under the check's rules. */
    public static boolean accepts(LabTrackSpec.Check check, String answer) {
        if (answer == null || answer.length() > MAX_LENGTH || check.match() == null) {
            return false;
        }
        return switch (check.match()) {
            case EXACT -> check.expected().stream().anyMatch(e -> normalise(check, e).equals(normalise(check, answer)));
            case REGEX -> check.expected().stream().anyMatch(e -> pattern(check, e).matcher(normalise(check, answer)).matches());
            case NUMBER -> check.expected().stream().anyMatch(e -> TypedNumbers.within(answer, new BigDecimal(e),
                    check.tolerance() == null ? BigDecimal.ZERO : check.tolerance()));
        };
    }

    /** Applies the check's whitespace and case rules. */
    static String normalise(LabTrackSpec.Check check, String value) {
        LabTrackSpec.Whitespace whitespace = check.whitespace() == null ? LabTrackSpec.Whitespace.COLLAPSE
                : check.whitespace();
        String out = switch (whitespace) {
            case EXACT -> value;
            case TRIM -> value.strip();
            case COLLAPSE -> SPACES.matcher(value.strip()).replaceAll(" ");
            case IGNORE -> SPACES.matcher(value).replaceAll("");
        };
        return check.ignoreCase() && check.match() != LabTrackSpec.Match.REGEX ? out.toLowerCase(Locale.ROOT) : out;
    }

    /** Compiles an author's pattern; whole-answer match, case-insensitive when the check says so. */
    public static Pattern pattern(LabTrackSpec.Check check, String regex) {
        int flags = check.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex, flags);
    }

    /** Why an author's pattern does not compile, or empty. */
    public static Optional<String> patternProblem(String regex) {
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    /** A number as an author writes it (see {@link TypedNumbers#authored}); a learner's is read by the shared rule. */
    public static Optional<BigDecimal> number(String text) {
        return TypedNumbers.authored(text);
    }

    /** The expected values as stored: one per line. */
    static List<String> split(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n", -1));
    }
}
