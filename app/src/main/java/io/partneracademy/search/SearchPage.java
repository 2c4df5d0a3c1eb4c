package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/** One page of results the viewer may see, with facet counts over all of their matches. */
public record SearchPage(String query, long total, int page, int pages, List<Hit> hits,
                         Map<String, List<FacetCount>> facets) {

    public SearchPage {
        hits = hits == null ? List.of() : List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }

    /**
     * A result. {@code snippetHtml} is HTML-escaped document text in which only our own {@code <mark>} tags
     * are markup.
     */
    public record Hit(String key, String kind, String title, @Nullable String subtitle, String url, String type,
                      String language, List<String> tags, String snippetHtml, long downloads) {

        public Hit {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A facet value and how many of the viewer's matches have it. */
    public record FacetCount(String value, long count) {
    }
}
