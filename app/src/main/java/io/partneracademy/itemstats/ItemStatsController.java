package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.exams.QuestionRetirements;
import io.partneracademy.web.Views;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Item statistics for authors: the exam list, one version's statistics, its CSV, and retiring questions. */
@Controller(ItemStatsController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ItemStatsController {

    static final String PATH = "/itemstats";
    static final String LIST_VIEW = "itemstats/list";
    static final String EXAM_VIEW = "itemstats/exam";

    private final StatisticsPages pages;
    private final QuestionRetirements retirements;
    private final LocaleResolver<HttpRequest<?>> locales;

    ItemStatsController(StatisticsPages pages, QuestionRetirements retirements,
                        LocaleResolver<HttpRequest<?>> locales) {
        this.pages = pages;
        this.retirements = retirements;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("exams", pages.exams(locales.resolveOrDefault(request))));
    }

    @Get("/{examId}")
    HttpResponse<?> exam(@PathVariable String examId, @Nullable @QueryValue Integer version,
                         @Nullable @QueryValue String scope, @Nullable @QueryValue String sort,
                         @Nullable @QueryValue String dir, HttpRequest<?> request) {
        StatisticsPages.Query query = new StatisticsPages.Query(version, scope, sort, dir);
        return Views.render(HttpStatus.OK, EXAM_VIEW, Map.of("page",
                pages.page(examId, query, locales.resolveOrDefault(request))));
    }

    @Get(value = "/{examId}/questions.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(@PathVariable String examId, @Nullable @QueryValue Integer version,
                             @Nullable @QueryValue String scope, @Nullable @QueryValue String sort,
                             @Nullable @QueryValue String dir) {
        StatisticsPages.Query query = new StatisticsPages.Query(version, scope, sort, dir);
        Report report = pages.report(examId, query, false);
        String csv = CsvExport.write(pages.rows(report, Column.byKey(sort), query.descending(),
                pages.retired(examId)));
        String file = examId + "-v" + report.version() + "-" + (report.allAttempts() ? "all" : "first") + ".csv";
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    @Post(value = "/{examId}/refresh", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refresh(@PathVariable String examId, @Nullable @QueryValue Integer version,
                            @Nullable @QueryValue String scope) {
        Report report = pages.report(examId, new StatisticsPages.Query(version, scope, null, null), true);
        return Views.seeOther(StatisticsPages.href(report, "question", "asc"));
    }

    @Post(value = "/{examId}/questions/{questionId}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retire(@PathVariable String examId, @PathVariable String questionId,
                           Authentication authentication) {
        retirements.retire(CurrentUser.from(authentication), examId, questionId);
        return Views.seeOther(PATH + "/" + examId + "#q-" + questionId);
    }

    @Post(value = "/{examId}/questions/{questionId}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(@PathVariable String examId, @PathVariable String questionId) {
        retirements.restore(examId, questionId);
        return Views.seeOther(PATH + "/" + examId + "#q-" + questionId);
    }
}
