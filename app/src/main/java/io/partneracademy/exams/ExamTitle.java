package io.partneracademy.exams;

import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.web.ContentText;

/**
 * An exam's title as a reader sees it: the translation into their language where the exam has one, else the English
 * source, with {@code content} saying which (pages mark the text with its language and note a fallback).
 */
public record ExamTitle(String text, CatalogViews.ContentLanguage content) {

    /** The language the title is written in, for a {@code lang} attribute. */
    public String language() {
        return content.shown();
    }

    /** The title as content named in a sentence ({@code _text :: message}), marked where it is in another language. */
    public ContentText named() {
        return ContentText.of(text, language());
    }

    /** Whether the reader asked for a language the title is not translated into. */
    public boolean fallback() {
        return content.fallback();
    }
}
