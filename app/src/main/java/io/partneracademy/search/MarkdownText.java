package io.partneracademy.search;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown reduced to the words a reader sees: no markup, no link targets. */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownText() {
    }

    public static String of(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
