package io.partneracademy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a number typed by a person is read, the one rule for lab checks, exam and quiz answers (ADR 0048).
 *
 * <p>Learners write numbers the way their country does: "1,822.5" in Boston, "1.822,5" in Munich, "1 822,5" in
 * Lyon, "1,00,000" in Pune. Spaces (also the narrow no-break space French uses) and underscores are left out. When both
 * a comma and a point appear, the last one is the decimal separator and the other groups digits. One kind repeated
 * ("2,456,789", "2.456.789") groups digits. A single separator followed by one, two or four and more digits is a
 * decimal separator ("43,2", "3.1416"). A single separator followed by exactly three digits ("1,822", "1.822") means
 * 1822 to some readers and 1.822 to others: it has both readings, and an answer is right when either is, so that no
 * one is marked wrong for their country's way of writing and the mark never depends on who reads it or when.
 *
 * <p>Authors write numbers in files with a decimal point; commas, spaces and underscores there only group digits
 * ({@link #authored}).
 */
public final class TypedNumbers {

    private static final Pattern LEFT_OUT = Pattern.compile("[\\s\\u00A0\\u202F_]");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern THREE_AFTER_ONE = Pattern.compile("[+-]?\\d+[.,]\\d{3}");

    private TypedNumbers() {
    }

    /**
     * The values a person may have meant by {@code typed}: none when it is not a number, two when a single separator
     * is followed by exactly three digits (the grouping reading first), else one.
     */
    public static List<BigDecimal> readings(String typed) {
        String text = LEFT_OUT.matcher(typed).replaceAll("");
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char decimal = comma > point ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            if (text.indexOf(decimal) != text.lastIndexOf(decimal)) {
                return List.of();
            }
            return one(text.replace(String.valueOf(grouping), "").replace(decimal, '.'));
        }
        char separator = comma >= 0 ? ',' : '.';
        if (comma < 0 && point < 0) {
            return one(text);
        }
        if (text.indexOf(separator) != text.lastIndexOf(separator)) {
            return one(text.replace(String.valueOf(separator), ""));
        }
        if (THREE_AFTER_ONE.matcher(text).matches()) {
            return List.of(new BigDecimal(text.replace(String.valueOf(separator), "")),
                    new BigDecimal(text.replace(separator, '.')));
        }
        return one(text.replace(separator, '.'));
    }

    /** Whether any reading of {@code typed} lies within {@code tolerance} of {@code expected}. */
    public static boolean within(String typed, BigDecimal expected, BigDecimal tolerance) {
        return readings(typed).stream().anyMatch(n -> n.subtract(expected).abs().compareTo(tolerance) <= 0);
    }

    /**
     * A number as an author writes it in a file or form (a decimal point; commas, spaces and underscores group
     * digits: "1,822", "90 000"), or empty when it is not one.
     */
    public static Optional<BigDecimal> authored(String written) {
        String plain = written.replaceAll("[,_\\s]", "");
        return PLAIN.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    private static List<BigDecimal> one(String plain) {
        return PLAIN.matcher(plain).matches() ? List.of(new BigDecimal(plain)) : List.of();
    }
}
