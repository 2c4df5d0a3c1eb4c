package io.partneracademy.authoring;

import java.util.Locale;
import java.util.Set;

/** GIFT's escaping (Moodle's rules: a backslash before ~ = # { } : and \n for a new line) and text formats. */
final class GiftText {

    private static final String SPECIAL = "~=#{}:\\";
    private static final Set<String> FORMATS = Set.of("html", "moodle", "plain", "markdown");

    private GiftText() {
    }

    /** The first position of {@code token} at or after {@code from} that is not escaped, or -1. */
    static int indexOf(String raw, String token, int from) {
        for (int i = from; i < raw.length(); i++) {
            if (raw.charAt(i) == '\\') {
                i++;
            } else if (raw.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last position of {@code token} that is not escaped, or -1 (Moodle takes the last {@code ####}). */
    static int lastIndexOf(String raw, String token) {
        int last = -1;
        for (int at = indexOf(raw, token, 0); at >= 0; at = indexOf(raw, token, at + 1)) {
            last = at;
        }
        return last;
    }

    /** The text with escapes resolved and outer whitespace removed. */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                if (next == 'n') {
                    out.append('\n');
                } else {
                    out.append(SPECIAL.indexOf(next) >= 0 ? "" : "\\").append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The text escaped so that a GIFT reader gives it back unchanged, on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(SPECIAL.indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        return out.toString();
    }

    /** The format named by a leading {@code [html]}, {@code [plain]}... ("moodle" when none is named). */
    static String format(String raw) {
        String text = raw.stripLeading();
        int close = text.indexOf(']');
        if (text.startsWith("[") && close > 0) {
            String name = text.substring(1, close).toLowerCase(Locale.ROOT);
            if (FORMATS.contains(name)) {
                return name;
            }
        }
        return "moodle";
    }

    /** The raw text without its leading format marker. */
    static String withoutFormat(String raw) {
        String text = raw.stripLeading();
        String format = format(raw);
        return text.regionMatches(true, 0, "[" + format + "]", 0, format.length() + 2)
                ? text.substring(format.length() + 2) : text;
    }
}
