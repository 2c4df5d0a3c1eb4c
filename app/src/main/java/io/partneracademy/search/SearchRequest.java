package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;

/**
 * A search as the user asked it: words, facet filters, sort order, page (0-based) and the language of the interface
 * they use (a hint for the language the words are in; null when unknown).
 */
public record SearchRequest(@Nullable String query, @Nullable String type, @Nullable String language,
                            @Nullable String tag, @Nullable String kind, Sort sort, int page, int size,
                            @Nullable String interfaceLanguage) {

    public static final int MAX_QUERY_LENGTH = 200;
    /** Results are offered on at most this many pages. */
    public static final int MAX_PAGES = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        type = blankToNull(type);
        language = blankToNull(language);
        tag = blankToNull(tag);
        kind = blankToNull(kind);
        interfaceLanguage = blankToNull(interfaceLanguage);
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(0, Math.min(page, MAX_PAGES - 1));
        size = Math.max(1, Math.min(size, 50));
    }

    /** The same search on another page (0-based). */
    public SearchRequest onPage(int otherPage) {
        return new SearchRequest(query, type, language, tag, kind, sort, otherPage, size, interfaceLanguage);
    }

    /** A search without an interface language. */
    public SearchRequest(@Nullable String query, @Nullable String type, @Nullable String language, @Nullable String tag,
                         @Nullable String kind, Sort sort, int page, int size) {
        this(query, type, language, tag, kind, sort, page, size, null);
    }

    /** Just the words, first page, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, Sort.RELEVANCE, 0, 10);
    }

    public boolean hasFilters() {
        return type != null || language != null || tag != null || kind != null;
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Result order. */
    public enum Sort { RELEVANCE, NEWEST, DOWNLOADS }
}
