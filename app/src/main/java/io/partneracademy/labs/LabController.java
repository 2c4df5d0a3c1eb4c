package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Views;

import java.io.InputStream;
import java.util.Map;

/** The learner's lab pages: tracks, tasks, answers, uploads, attestations, and their own files. */
@Controller(LabController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class LabController {

    static final String PATH = "/labs";
    static final String LIST_VIEW = "labs/list";
    static final String TRACK_VIEW = "labs/track";
    static final String TASK_VIEW = "labs/task";

    private final LabPages pages;
    private final Labs labs;
    private final Downloads downloads;
    private final ErrorPages errorPages;
    private final LocaleResolver<HttpRequest<?>> locales;

    LabController(LabPages pages, Labs labs, Downloads downloads, ErrorPages errorPages,
                  LocaleResolver<HttpRequest<?>> locales) {
        this.locales = locales;
        this.pages = pages;
        this.labs = labs;
        this.downloads = downloads;
        this.errorPages = errorPages;
    }

    @Get
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("tracks", pages.list(CurrentUser.from(authentication),
                locales.resolveOrDefault(request))));
    }

    @Get("/{trackId}")
    HttpResponse<?> track(@PathVariable String trackId, Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, TRACK_VIEW,
                Map.of("track", pages.track(CurrentUser.from(authentication), trackId, locales.resolveOrDefault(request))));
    }

    @Post(value = "/{trackId}/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(@PathVariable String trackId, Authentication authentication) {
        labs.start(CurrentUser.from(authentication), trackId);
        return Views.seeOther(PATH + "/" + trackId);
    }

    @Get("/{trackId}/tasks/{taskId}")
    HttpResponse<?> task(@PathVariable String trackId, @PathVariable String taskId, Authentication authentication,
                         HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, TASK_VIEW, Map.of("task", pages.task(CurrentUser.from(authentication),
                trackId, taskId, locales.resolveOrDefault(request))));
    }

    @Post(value = "/{trackId}/tasks/{taskId}/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(@PathVariable String trackId, @PathVariable String taskId, @Body AnswerForm form,
                           Authentication authentication) {
        labs.answer(CurrentUser.from(authentication), trackId, taskId, form.answer());
        return Views.seeOther(taskPath(trackId, taskId));
    }

    @Post(value = "/{trackId}/tasks/{taskId}/attest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> attest(@PathVariable String trackId, @PathVariable String taskId, Authentication authentication) {
        labs.attest(CurrentUser.from(authentication), trackId, taskId);
        return Views.seeOther(taskPath(trackId, taskId));
    }

    /** Multipart, sent by lab-upload.js with the CSRF header; the file streams to the file store as it arrives. */
    @Post(value = "/{trackId}/tasks/{taskId}/artifact", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@PathVariable String trackId, @PathVariable String taskId,
                           StreamingFileUpload file, HttpRequest<?> request,
                           Authentication authentication) throws java.io.IOException {
        InputStream in = file.asInputStream();
        try {
            labs.upload(CurrentUser.from(authentication), trackId, taskId, in, file.getFilename());
        } catch (UploadRefusedException e) {
            var refusal = errorPages.render(request, e.status(), e.messageKey(), e.arguments());
            // Nothing more is stored, but the rest of the body is read and dropped (the server's request limit
            // bounds it), so the client gets the message instead of a reset connection.
            return discard(in) ? refusal : refusal.header(HttpHeaders.CONNECTION, "close");
        } finally {
            in.close();
        }
        String location = taskPath(trackId, taskId);
        if (ErrorPages.wantsJson(request)) {
            return HttpResponse.ok(new Uploaded(location));
        }
        return Views.seeOther(location);
    }

    @Get("/submissions/{submissionId}/file")
    HttpResponse<?> ownFile(@PathVariable long submissionId, Authentication authentication, HttpRequest<?> request) {
        return downloads.send(labs.own(CurrentUser.from(authentication), submissionId), request);
    }

    private static boolean discard(InputStream in) {
        try {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) != -1) {
                // dropped
            }
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static String taskPath(String trackId, String taskId) {
        return PATH + "/" + trackId + "/tasks/" + taskId;
    }

    /** A typed answer. */
    @Serdeable
    record AnswerForm(@Nullable String answer) {
    }

    /** Where the page script goes after a successful upload. */
    @Serdeable
    record Uploaded(String location) {
    }
}
