package io.partneracademy.live;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.files.FileDownloads;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Language;
import io.partneracademy.web.Views;

import java.util.Map;

/** The learner's side of live sessions: the list, the month calendar, a session's page, register and cancel. */
@Controller(LiveController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class LiveController {

    static final String PATH = "/live";
    static final String LIST_VIEW = "live/list";
    static final String SESSION_VIEW = "live/session";
    static final String MONTH_VIEW = "live/month";
    static final String CALENDAR = "text/calendar;charset=utf-8";
    /**
     * Register and cancel run on their own small thread pool (micronaut.executors.live-seats): under a burst the
     * requests wait in its queue, not for one of the database pool's connections, whose one-second wait is meant for a
     * database that has gone away and would answer most of a 200-person burst with 503 (RegistrationBurstHttpTest).
     */
    static final String SEATS_EXECUTOR = "live-seats";

    private final LearnerSessions learner;
    private final Registrations registrations;
    private final Replays replays;
    private final CalendarFeed feed;
    private final SessionUploads uploads;
    private final FileDownloads downloads;
    private final LearnerMonth months;
    private final LocaleResolver<HttpRequest<?>> locales;

    LiveController(LearnerSessions learner, Registrations registrations, Replays replays, CalendarFeed feed,
                   SessionUploads uploads, FileDownloads downloads, LearnerMonth months,
                   LocaleResolver<HttpRequest<?>> locales) {
        this.months = months;
        this.locales = locales;
        this.uploads = uploads;
        this.downloads = downloads;
        this.learner = learner;
        this.registrations = registrations;
        this.replays = replays;
        this.feed = feed;
    }

    /** A new calendar feed address; the old one stops working. */
    @Post(value = "/feed-token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetFeed(Authentication authentication) {
        feed.reset(CurrentUser.from(authentication).id());
        return Views.seeOther(PATH, Flash.of("flash.live.feed-reset"));
    }

    /** Opening the recording from the session page counts as watching it (see {@link Replays}). */
    @Post(value = "/{id}/recording", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> watch(@PathVariable long id, Authentication authentication) {
        return HttpResponse.seeOther(java.net.URI.create(replays.watch(CurrentUser.from(authentication).id(), id)));
    }

    @Get
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("page", learner.list(CurrentUser.from(authentication),
                locales.resolveOrDefault(request))));
    }

    /** The month calendar ({@code ?month=2026-12}; this month without it), in the page's language. */
    @Get("/month")
    HttpResponse<?> month(@QueryValue @Nullable String month, HttpRequest<?> request, Authentication authentication) {
        java.util.Locale language = Language.of(locales.resolveOrDefault(request).getLanguage())
                .orElse(Language.DEFAULT).locale();
        return Views.render(HttpStatus.OK, MONTH_VIEW,
                Map.of("page", months.month(CurrentUser.from(authentication), month, language)));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, SESSION_VIEW,
                Map.of("page", learner.page(CurrentUser.from(authentication), id, locales.resolveOrDefault(request))));
    }

    @Get(value = "/{id}/calendar.ics")
    @Produces(CALENDAR)
    HttpResponse<?> calendarFile(@PathVariable long id, Authentication authentication) {
        return HttpResponse.ok(learner.calendarFile(CurrentUser.from(authentication), id))
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + id + ".ics\"");
    }

    /** A material or recording of the session, whole or a byte range, with its recognised type and its name. */
    @Get("/{id}/files/{fileId}")
    HttpResponse<?> file(@PathVariable long id, @PathVariable long fileId, HttpRequest<?> request,
                         Authentication authentication) {
        SessionFile file = uploads.file(CurrentUser.from(authentication), id, fileId);
        return downloads.send(file.storageKey(), file.contentType(), file.fileName(),
                        request.getHeaders().get(HttpHeaders.RANGE), request.getHeaders().get(HttpHeaders.IF_RANGE))
                .orElseThrow(() -> new SessionNotFoundException(id));
    }

    @Post(value = "/{id}/register", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(SEATS_EXECUTOR)
    HttpResponse<?> register(@PathVariable long id, Authentication authentication) {
        RegistrationStatus status = registrations.register(CurrentUser.from(authentication).id(), id);
        return Views.seeOther(PATH + "/" + id, Flash.of(status == RegistrationStatus.REGISTERED
                ? "flash.live.registered" : "flash.live.waitlisted"));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(SEATS_EXECUTOR)
    HttpResponse<?> cancel(@PathVariable long id, Authentication authentication) {
        registrations.cancel(CurrentUser.from(authentication).id(), id);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.cancelled"));
    }
}
