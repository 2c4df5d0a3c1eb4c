package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.search.SearchPage;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.web.Pagination;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The search page's model: results plus ready-made links for facets, sort orders and pages. */
record SearchView(SearchRequest request, SearchPage results, List<FacetGroup> facets, List<Link> sorts,
                  List<Pagination.Link> pages, List<Value> active) {

    private static final String TAG = "tag";

    /** One facet dimension with its values. */
    record FacetGroup(String name, List<Value> values) {
    }

    /** A link with its label, a count where it has one, and whether it is the current choice. */
    record Link(String label, long count, String href, boolean selected) {
    }

    /**
     * A facet value or an active filter. Kinds, types and languages are codes the page names in the reader's
     * language; a tag is a word of its resources, written in {@code language}.
     */
    record Value(String dim, String value, @Nullable String language, long count, String href, boolean selected) {

        /** The message naming a kind or a type; null for a language or a tag, which are not messages. */
        @Nullable
        public String labelKey() {
            return switch (dim) {
                case "kind" -> "library.kind." + value;
                case "type" -> typeKey(value);
                default -> null;
            };
        }

        /** A language value's name in the reader's language ("Englisch" on a German page). */
        public String languageName(Locale reader) {
            return SearchView.languageName(value, reader);
        }
    }

    /** The message naming a hit's type: a resource type, or "course" and "lesson" for the catalog's hits. */
    static String typeKey(String type) {
        return ResourceType.fromSlug(type).isPresent() ? "resource-type." + type : "library.kind." + type;
    }

    /** A language code's name in the reader's language. */
    static String languageName(String language, Locale reader) {
        return Locale.forLanguageTag(language).getDisplayName(reader);
    }

    /** For the template: {@link #typeKey}. */
    public String typeKeyOf(String type) {
        return typeKey(type);
    }

    /** For the template: {@link #languageName}. */
    public String languageNameOf(String language, Locale reader) {
        return languageName(language, reader);
    }

    static SearchView of(SearchRequest request, SearchPage results) {
        List<FacetGroup> facets = new ArrayList<>();
        Map<String, String> tagLanguages = new LinkedHashMap<>();
        for (Map.Entry<String, List<SearchPage.FacetCount>> dim : results.facets().entrySet()) {
            List<Value> values = new ArrayList<>();
            for (SearchPage.FacetCount fc : dim.getValue()) {
                String language = written(fc.languages(), request.interfaceLanguage());
                values.add(new Value(dim.getKey(), fc.value(), language, fc.count(),
                        href(with(request, dim.getKey(), fc.value()), 0, request.sort()),
                        fc.value().equals(current(request, dim.getKey()))));
                if (dim.getKey().equals(TAG)) {
                    tagLanguages.put(fc.value(), language);
                }
            }
            if (!values.isEmpty()) {
                facets.add(new FacetGroup(dim.getKey(), values));
            }
        }
        List<Link> sorts = new ArrayList<>();
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            sorts.add(new Link(sort.name().toLowerCase(), 0, href(params(request), 0, sort), sort == request.sort()));
        }
        List<Pagination.Link> pages = Pagination.of(String.valueOf(request.page() + 1), results.total(), request.size(),
                SearchRequest.MAX_PAGES).links(n -> href(params(request), n - 1, request.sort()));
        List<Value> active = new ArrayList<>();
        for (Map.Entry<String, String> filter : params(request).entrySet()) {
            if (!filter.getKey().equals("q")) {
                Map<String, String> without = params(request);
                without.remove(filter.getKey());
                // the tag filter's value is lower-cased like the facet's values, whose language it takes
                String tag = filter.getValue().toLowerCase(Locale.ROOT);
                active.add(new Value(filter.getKey(), filter.getKey().equals(TAG) ? tag : filter.getValue(),
                        filter.getKey().equals(TAG) ? tagLanguages.get(tag) : null, 0,
                        href(without, 0, request.sort()), true));
            }
        }
        return new SearchView(request, results, facets, sorts, pages, active);
    }

    /**
     * The language a tag is shown in: the reader's when any of the matches carrying it is written in it (the word is
     * then theirs too), else the language most of those matches are written in; null when none is known.
     */
    @Nullable
    static String written(List<String> languages, @Nullable String reader) {
        if (languages.isEmpty()) {
            return null;
        }
        if (reader != null && languages.stream().anyMatch(l -> Locale.forLanguageTag(l).getLanguage().equals(reader))) {
            return reader;
        }
        return languages.get(0);
    }

    private static String current(SearchRequest r, String dim) {
        return switch (dim) {
            case "kind" -> r.kind();
            case "type" -> r.type();
            case "language" -> r.language();
            case "tag" -> r.tag();
            default -> null;
        };
    }

    private static Map<String, String> with(SearchRequest r, String dim, String value) {
        Map<String, String> params = params(r);
        params.put(dim, value);
        return params;
    }

    private static Map<String, String> params(SearchRequest r) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", r.query());
        put(params, "kind", r.kind());
        put(params, "type", r.type());
        put(params, "language", r.language());
        put(params, "tag", r.tag());
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private static String href(Map<String, String> params, int page, SearchRequest.Sort sort) {
        StringBuilder href = new StringBuilder(LibraryController.PATH + "?");
        params.forEach((k, v) -> href.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        if (sort != SearchRequest.Sort.RELEVANCE) {
            href.append("sort=").append(sort.name().toLowerCase()).append('&');
        }
        if (page > 0) {
            href.append("page=").append(page + 1).append('&');
        }
        return href.substring(0, href.length() - 1);
    }
}
