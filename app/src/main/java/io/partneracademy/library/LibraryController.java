package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.search.Search;
import io.partneracademy.search.SearchPage;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.web.Pagination;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The library: search over resources, courses and lessons; a resource's page; downloads. */
@Controller(LibraryController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LibraryController {

    static final String PATH = "/library";
    static final String SEARCH_VIEW = "library/search";
    static final String RESOURCE_VIEW = "library/resource";
    static final int PAGE_SIZE = 10;
    // Downloads are attachments that can never run script in our origin (HTML resources included).
    private static final String DOWNLOAD_CSP = "default-src 'none'; sandbox";

    private final Search search;
    private final Library library;
    private final LocaleResolver<HttpRequest<?>> locales;

    LibraryController(Search search, Library library, LocaleResolver<HttpRequest<?>> locales) {
        this.search = search;
        this.library = library;
        this.locales = locales;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String type,
                           @Nullable @QueryValue String language, @Nullable @QueryValue String tag,
                           @Nullable @QueryValue String kind, @Nullable @QueryValue String sort,
                           @Nullable @QueryValue String page, Authentication authentication,
                           HttpRequest<?> http) {
        CurrentUser user = CurrentUser.from(authentication);
        // The interface language hints at the language the words are typed in (see SearchQueries).
        SearchRequest request = new SearchRequest(q, type, language, tag, kind, sort(sort),
                Pagination.requested(page) - 1, PAGE_SIZE, locales.resolveOrDefault(http).getLanguage());
        SearchPage results = search.search(user, request);
        // a page beyond the last shows the last one (the count is known only once searched)
        Pagination pagination = Pagination.of(page, results.total(), PAGE_SIZE, SearchRequest.MAX_PAGES);
        if (pagination.page() - 1 != request.page()) {
            request = request.onPage(pagination.page() - 1);
            results = search.search(user, request);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("view", SearchView.of(request, results));
        model.put("popular", library.mostDownloaded(user, 5));
        return Views.render(HttpStatus.OK, SEARCH_VIEW, model);
    }

    @Get("/resources/{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> resource(@PathVariable String id, Authentication authentication) {
        return Views.render(HttpStatus.OK, RESOURCE_VIEW,
                Map.of("resource", library.page(CurrentUser.from(authentication), id)));
    }

    @Get("/resources/{id}/download")
    HttpResponse<byte[]> download(@PathVariable String id, Authentication authentication) {
        Library.Download download = library.download(CurrentUser.from(authentication), id);
        return HttpResponse.ok(download.file().bytes())
                .contentType(download.file().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DOWNLOAD_CSP)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    private static SearchRequest.Sort sort(@Nullable String sort) {
        if (sort == null) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SearchRequest.Sort.RELEVANCE;
        }
    }
}
