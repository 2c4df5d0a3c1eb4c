package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.search.Search;
import io.partneracademy.search.SearchPage;
import io.partneracademy.search.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** Library search (resources, courses, lessons) as the token's creator would see it on the search page. */
@Controller(ApiPaths.V1 + "/library")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library")
class LibraryApi {

    private final Search search;

    LibraryApi(Search search) {
        this.search = search;
    }

    /**
     * One page of search results.
     *
     * @param page  1-based
     * @param total      how many results the token's creator may see; at least this many when totalExact is false
     * @param totalExact false for a broad query with more matches than are counted exactly (total is then a floor)
     * @param pages      how many pages the matches fill
     */
    @Serdeable
    record Results(String query, long total, boolean totalExact, int page, int pages, List<Hit> hits) {
    }

    /**
     * A result.
     *
     * @param kind        resource, course or lesson (as the kind filter takes it)
     * @param url         the page on this server, relative
     * @param snippetHtml HTML-escaped text where only {@code <mark>} elements are markup
     */
    @Serdeable
    record Hit(String key, String kind, String title, @Nullable String subtitle, String url, String type,
               String language, List<String> tags, String snippetHtml, long downloads) {

        static Hit of(SearchPage.Hit h) {
            return new Hit(h.key(), h.kind(), h.title(), h.subtitle(), h.url(), h.type(), h.language(), h.tags(),
                    h.snippetHtml(), h.downloads());
        }
    }

    @Get("/search")
    @Operation(summary = "Search the library, courses and lessons the token's creator may see",
            description = "Needs library:read.")
    @ApiProblems.Always
    @ApiProblems.BadParameter
    Results search(@Parameter(hidden = true) ApiClient client,
                   @Parameter(description = "the words to find") @Nullable @QueryValue String q,
                   @Parameter(description = "resource type, e.g. battle-card") @Nullable @QueryValue String type,
                   @Parameter(description = "language code, e.g. en") @Nullable @QueryValue String language,
                   @Parameter(description = "a tag") @Nullable @QueryValue String tag,
                   @Parameter(description = "resource, course or lesson") @Nullable @QueryValue String kind,
                   @Parameter(description = "relevance (default), newest or downloads") @Nullable @QueryValue String sort,
                   @Parameter(description = "1-based page, at most 100") @Nullable @QueryValue Integer page,
                   @Parameter(description = "results per page, 1 to 50 (default 10)") @Nullable @QueryValue Integer limit) {
        client.requireRead(ApiResource.LIBRARY);
        int size = limit == null ? 10 : limit;
        int number = page == null ? 1 : page;
        if (size < 1 || size > 50) {
            throw new ApiBadRequestException("api.bad-limit", size, 50);
        }
        if (number < 1 || number > 100) {
            throw new ApiBadRequestException("api.bad-page", number);
        }
        SearchPage found = search.search(client.actingAs(), new SearchRequest(q, type, language, tag, kind,
                sort(sort), number - 1, size));
        return new Results(found.query(), found.total(), found.totalExact(), number, found.pages(),
                found.hits().stream().map(Hit::of).toList());
    }

    private static SearchRequest.Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiBadRequestException("api.bad-sort", sort);
        }
    }
}
