package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * One page of results the viewer may see, with facet counts over all of their matches. {@code confident} is false
 * when the best result matches too little of the query to be presented as an answer; {@code suggestions} are other
 * queries to try (spelling corrections of unknown words), shown with the "No close match" notice. When
 * {@code totalExact} is false there are more than {@code total} matches and the facets count {@code total} of them.
 * The facets keep their order.
 */
public record SearchPage(String query, long total, boolean totalExact, int page, int pages, List<Hit> hits,
                         Map<String, List<FacetCount>> facets, boolean confident, List<String> suggestions) {

    public SearchPage {
        hits = hits == null ? List.of() : List.copyOf(hits);
        // in the order given (kind, type, language, tag): Map.copyOf's order changes from one JVM to the next, and so
        // did the order of the library's facet groups between restarts and between nodes
        facets = facets == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** True when results are shown but none matches the query well: the page says so instead of presenting them. */
    public boolean lowConfidence() {
        return total > 0 && !confident;
    }

    /**
     * A result. {@code snippetHtml} is HTML-escaped document text in which only our own {@code <mark>} tags
     * are markup; the title, snippet and tags are written in {@code language}, the subtitle (a lesson's course) in
     * {@code subtitleLanguage}.
     */
    public record Hit(String key, String kind, String title, @Nullable String subtitle, String url, String type,
                      String language, List<String> tags, String snippetHtml, long downloads,
                      @Nullable String subtitleLanguage) {

        public Hit {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /**
     * A facet value and how many of the viewer's matches have it. A tag is a word of the documents that carry it:
     * {@code languages} are theirs, the most common first (empty for the other facets, whose values are codes).
     */
    public record FacetCount(String value, long count, List<String> languages) {

        public FacetCount {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }

        /** A value that is a code, not a word of any language (a kind, a type, a language tag). */
        public FacetCount(String value, long count) {
            this(value, count, List.of());
        }
    }
}
