package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

/**
 * A piece of content (a title, a summary, a tag) with the language it is written in, which may not be the page's: a
 * course not translated into the reader's language keeps its English title. Pages mark it with
 * {@code th:lang="${fmt.lang(t.language)}"} ({@link Formats#lang}), and a message that names it takes it as an argument
 * through {@code _text :: message}, so the title is marked inside the translated sentence too.
 *
 * @param text     the text as shown
 * @param language the BCP 47 tag of the language it is written in; null for the page's own (a message's own words)
 */
public record ContentText(String text, @Nullable String language) {

    /** Text in the given language. */
    public static ContentText of(String text, @Nullable String language) {
        return new ContentText(text, language);
    }

    @Override
    public String toString() {
        return text;
    }
}
