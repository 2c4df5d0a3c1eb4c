package io.partneracademy.search;

import java.util.regex.Pattern;

/**
 * Document text as a reader sees it, for snippets: no Markdown syntax, link targets or table pipes, and no title
 * repeated at the top (an HTML page's {@code <title>} and {@code <h1>}, a Markdown heading). Sources hand over text
 * in several shapes; cleaning it here keeps every snippet plain whatever the source did.
 */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*\\)");
    /** A link target left after its text by a Markdown-to-text renderer: "benefits (program-tier-benefits.md)". */
    private static final Pattern TARGET = Pattern.compile(
            "\\s*\\((?:https?://|mailto:|/|\\.{1,2}/)?[^()\\s]*(?:\\.(?:md|html?|pdf|txt)|://[^()\\s]*|/)[^()\\s]*\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern PIPES = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern UNDERLINE = Pattern.compile("(?m)^\\s*[=\\-]{3,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[-*+>]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+|~~)(\\S(?:.*?\\S)?)\\1");

    private PlainText() {
    }

    static String of(String title, String text) {
        String t = LINK.matcher(text).replaceAll("$1");
        t = TARGET.matcher(t).replaceAll("");
        t = TABLE_RULE.matcher(t).replaceAll("");
        t = HEADING.matcher(t).replaceAll("");
        t = UNDERLINE.matcher(t).replaceAll("");
        t = BULLET.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("$2");
        t = t.lines().map(line -> PIPES.matcher(line.strip().replaceAll("^\\||\\|$", "")).replaceAll(", "))
                .map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        return withoutTitle(title, t);
    }

    /** Drops the title, as often as it opens the text (HTML repeats it in title and h1). */
    private static String withoutTitle(String title, String text) {
        String t = text;
        String plainTitle = title == null ? "" : title.strip();
        while (!plainTitle.isEmpty() && t.regionMatches(true, 0, plainTitle, 0, plainTitle.length())) {
            t = t.substring(plainTitle.length()).stripLeading();
        }
        return t;
    }
}
