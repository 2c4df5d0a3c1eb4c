package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * A translation as typed in an editor's text area turned into the text of its file, the same way for a course's own
 * text, a lesson and an exam question, before the importer's reader checks it.
 */
final class TranslationFileText {

    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^source:.*$");

    private TranslationFileText() {
    }

    /**
     * The file's text: LF line breaks (browsers send a text area's as CR LF; the files and the readers use LF), and
     * with {@code markCurrent} its {@code source:} line naming {@code fingerprint}, whatever it said, so the
     * translation counts as made from the source as it is now.
     */
    static String of(@Nullable String typed, boolean markCurrent, String fingerprint) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        if (!markCurrent) {
            return text;
        }
        // In a lesson only the header between the '---' lines is YAML; a body line may start with "source:" too.
        int headerEnd = FrontMatter.headerEnd(text);
        String header = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String rest = headerEnd < 0 ? "" : text.substring(headerEnd);
        return SOURCE_LINE.matcher(header).replaceFirst("source: " + fingerprint) + rest;
    }
}
