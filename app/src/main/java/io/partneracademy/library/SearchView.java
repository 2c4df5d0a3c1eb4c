package io.partneracademy.library;

import io.partneracademy.search.SearchPage;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.web.Pagination;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search page's model: results plus ready-made links for facets, sort orders and pages. */
record SearchView(SearchRequest request, SearchPage results, List<FacetGroup> facets, List<Link> sorts,
                  List<Pagination.Link> pages, List<Link> active) {

    /** One facet dimension with its values. */
    record FacetGroup(String name, List<Link> values) {
    }

    /** A link with its label, a count where it has one, and whether it is the current choice. */
    record Link(String label, long count, String href, boolean selected) {
    }

    static SearchView of(SearchRequest request, SearchPage results) {
        List<FacetGroup> facets = new ArrayList<>();
        for (Map.Entry<String, List<SearchPage.FacetCount>> dim : results.facets().entrySet()) {
            List<Link> values = dim.getValue().stream().map(fc -> new Link(fc.value(), fc.count(),
                    href(with(request, dim.getKey(), fc.value()), 0, request.sort()),
                    fc.value().equals(current(request, dim.getKey())))).toList();
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
        List<Link> active = new ArrayList<>();
        for (Map.Entry<String, String> filter : params(request).entrySet()) {
            if (!filter.getKey().equals("q")) {
                Map<String, String> without = params(request);
                without.remove(filter.getKey());
                active.add(new Link(filter.getKey() + ": " + filter.getValue(), 0, href(without, 0, request.sort()), true));
            }
        }
        return new SearchView(request, results, facets, sorts, pages, active);
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
