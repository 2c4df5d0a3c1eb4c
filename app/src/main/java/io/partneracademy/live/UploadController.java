package io.partneracademy.live;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Materials and recordings on the roster page: uploaded, replaced and deleted by the people who run the session. An
 * upload streams to the file store as it arrives, up to its own limit ({@link LiveUploadRoutes}); a refused file
 * (too large, wrong type, empty) shows the roster again with the reason and its status. The page's script sends the
 * file itself to show its progress and asks for JSON: it gets where to go next, or the reason as a problem.
 */
@Controller(LiveController.PATH + "/{id}/files")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class UploadController {

    /** How much of a refused upload is still read, so the browser can show the answer. */
    static final long DISCARD_BYTES = 32L * 1024 * 1024;

    private final SessionUploads uploads;
    private final RosterPage roster;
    private final ErrorPages errorPages;

    UploadController(SessionUploads uploads, RosterPage roster, ErrorPages errorPages) {
        this.uploads = uploads;
        this.roster = roster;
        this.errorPages = errorPages;
    }

    /** A new material ({@code kind} "material") or recording ("recording"). */
    @Post(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@PathVariable long id, @PathVariable String kind, StreamingFileUpload file,
                           Authentication authentication, HttpRequest<?> request) throws IOException {
        SessionFile.Kind fileKind = switch (kind) {
            case "material" -> SessionFile.Kind.MATERIAL;
            case "recording" -> SessionFile.Kind.RECORDING;
            default -> throw new SessionNotFoundException(id);
        };
        CurrentUser user = CurrentUser.from(authentication);
        return stored(request, id, user, file, in -> uploads.receive(user, id, fileKind, in, file.getFilename()),
                "flash.live.uploaded");
    }

    /** A new file in the place of one of the session's files, of the same kind; the old one stays if it is refused. */
    @Post(value = "/{fileId}/replace", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> replace(@PathVariable long id, @PathVariable long fileId, StreamingFileUpload file,
                            Authentication authentication, HttpRequest<?> request) throws IOException {
        CurrentUser user = CurrentUser.from(authentication);
        return stored(request, id, user, file, in -> uploads.replace(user, id, fileId, in, file.getFilename()),
                "flash.live.replaced");
    }

    /** Removes one of the session's files for good. */
    @Post(value = "/{fileId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
        SessionFile deleted = uploads.delete(CurrentUser.from(authentication), id, fileId);
        return Views.seeOther(rosterPath(id), Flash.of("flash.live.file-deleted", deleted.fileName()));
    }

    private HttpResponse<?> stored(HttpRequest<?> request, long id, CurrentUser user, StreamingFileUpload file,
                                   Function<InputStream, SessionFile> store, String flashKey) throws IOException {
        InputStream in = file.asInputStream();
        SessionFile saved;
        boolean script = ErrorPages.wantsJson(request);
        try {
            saved = store.apply(in);
        } catch (UploadRefusedException e) {
            MutableHttpResponse<?> page = script ? errorPages.render(request, e.status(), e.messageKey(), e.arguments())
                    : Views.render(e.status(), RosterPage.VIEW, roster.refused(id, user, e));
            if (!discard(in)) {
                page.getHeaders().set(HttpHeaders.CONNECTION, "close");
            }
            return page;
        } finally {
            in.close();
        }
        Flash done = Flash.of(flashKey, saved.fileName());
        return script ? Views.next(rosterPath(id), done) : Views.seeOther(rosterPath(id), done);
    }

    private static String rosterPath(long id) {
        return LiveController.PATH + "/" + id + "/roster#files";
    }

    /**
     * Reads and drops the rest of a refused upload, so the browser gets the page instead of a reset connection; gives
     * up after {@link #DISCARD_BYTES} (a 2 GB video of the wrong type is not read to its end) and says so.
     */
    private static boolean discard(InputStream in) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long dropped = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                dropped += n;
                if (dropped > DISCARD_BYTES) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
