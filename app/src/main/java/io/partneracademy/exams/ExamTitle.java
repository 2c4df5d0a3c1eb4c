package io.partneracademy.exams;

import io.partneracademy.catalog.CatalogViews;

/**
 * An exam's title as a reader sees it: the translation into their language where the exam has one, else the English
 * source, with {@code content} saying which (pages mark the text with its language and note a fallback).
 */
public record ExamTitle(String text, CatalogViews.ContentLanguage content) {

    /** The language the title is written in, for a {@code lang} attribute. */
    public String language() {
        return content.shown();
    }

    /** Whether the reader asked for a language the title is not translated into. */
    public boolean fallback() {
        return content.fallback();
    }
}
