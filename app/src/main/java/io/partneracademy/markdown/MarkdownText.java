package io.partneracademy.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown reduced to the words a reader sees: no markup, no table pipes, no link targets. */
public final class MarkdownText {

    private static final java.util.List<org.commonmark.Extension> TABLES =
            java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(TABLES).build();

    private MarkdownText() {
    }

    public static String of(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
