package io.partneracademy.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The roster import pages: upload a CSV, look at the preview, confirm it (partner admins; admins for any partner). */
@Controller(RosterController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class RosterController {

    static final String PATH = "/partners/{id}/roster";
    static final String UPLOAD_VIEW = "roster/upload";
    static final String IMPORT_VIEW = "roster/import";

    private final RosterImports imports;
    private final Partners partners;
    private final LocaleResolver<HttpRequest<?>> locales;

    RosterController(RosterImports imports, Partners partners, LocaleResolver<HttpRequest<?>> locales) {
        this.imports = imports;
        this.partners = partners;
        this.locales = locales;
    }

    /** The confirmation form: the fingerprint of the preview shown, and whether leavers are recorded. */
    @Serdeable
    record ConfirmForm(@Nullable String fingerprint, @Nullable String applyLeaving) {
    }

    @Get
    HttpResponse<?> form(@PathVariable long id, Authentication authentication) {
        return upload(HttpStatus.OK, CurrentUser.from(authentication), id, List.of());
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@PathVariable long id, @Nullable @Part("file") CompletedFileUpload file,
                           Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            long importId = imports.upload(me, id, file == null ? null : file.getFilename(), bytes);
            return Views.seeOther(base(id) + "/" + importId);
        } catch (RosterRejectedException e) {
            return upload(HttpStatus.UNPROCESSABLE_ENTITY, me, id, e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/{importId}")
    HttpResponse<?> show(@PathVariable long id, @PathVariable long importId, Authentication authentication) {
        return page(HttpStatus.OK, CurrentUser.from(authentication), id, importId, false);
    }

    @Post(value = "/{importId}/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(@PathVariable long id, @PathVariable long importId, @Body ConfirmForm form,
                            Authentication authentication, HttpRequest<?> request) {
        CurrentUser me = CurrentUser.from(authentication);
        try {
            RosterImports.Applied applied = imports.confirm(me, id, importId,
                    form.fingerprint() == null ? "" : form.fingerprint(), form.applyLeaving() != null,
                    locales.resolveOrDefault(request));
            return Views.seeOther(base(id) + "/" + importId, Flash.of("flash.roster.applied", applied.invited(),
                    applied.updated(), applied.left()));
        } catch (RosterChangedException e) {
            return page(HttpStatus.CONFLICT, me, id, importId, true);
        }
    }

    private HttpResponse<?> upload(HttpStatus status, CurrentUser me, long id, List<RosterProblem> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("partner", partners.getManaged(me, id));
        model.put("problems", problems);
        model.put("recent", imports.recent(me, id));
        model.put("columns", String.join(",", RosterFile.COLUMNS));
        return Views.render(status, UPLOAD_VIEW, model);
    }

    private HttpResponse<?> page(HttpStatus status, CurrentUser me, long id, long importId, boolean changed) {
        Map<String, Object> model = new HashMap<>();
        model.put("partner", partners.getManaged(me, id));
        model.put("shown", imports.show(me, id, importId));
        model.put("changed", changed);
        return Views.render(status, IMPORT_VIEW, model);
    }

    private static String base(long id) {
        return "/partners/" + id + "/roster";
    }
}
