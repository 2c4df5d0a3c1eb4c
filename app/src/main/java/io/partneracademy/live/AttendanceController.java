package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The instructor's roster: attendance marked in bulk, or imported from the meeting tool's participant report. A report
 * with problems is shown back line by line and recorded only when the instructor confirms.
 */
@Controller(LiveController.PATH + "/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AttendanceController {

    private final Attendance attendance;
    private final LiveSettings settings;
    private final RosterPage roster;

    AttendanceController(Attendance attendance, LiveSettings settings, RosterPage roster) {
        this.attendance = attendance;
        this.settings = settings;
        this.roster = roster;
    }

    /** The bulk form: one checkbox per person with a seat. */
    @io.micronaut.serde.annotation.Serdeable
    record MarkForm(@Nullable List<Long> present) {
    }

    @Get("/roster")
    HttpResponse<?> roster(@PathVariable long id, Authentication authentication) {
        return page(HttpStatus.OK, id, CurrentUser.from(authentication), null, null, settings.minimumMinutes());
    }

    @Post(value = "/attendance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mark(@PathVariable long id, @Body MarkForm form, Authentication authentication) {
        attendance.mark(CurrentUser.from(authentication), id, form.present() == null ? List.of() : form.present());
        return Views.seeOther(LiveController.PATH + "/" + id + "/roster", Flash.of("flash.live.attendance-saved"));
    }

    @Post(value = "/attendance/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importReport(@PathVariable long id, @Nullable @Part("file") CompletedFileUpload file,
                                 @Nullable @Part("minimumMinutes") String minimumMinutes, Authentication authentication) {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            return imported(id, CurrentUser.from(authentication), bytes, minutes(minimumMinutes), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post(value = "/attendance/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(@PathVariable long id, @Body Map<String, String> form, Authentication authentication) {
        byte[] bytes = Base64.getDecoder().decode(form.getOrDefault("report", ""));
        return imported(id, CurrentUser.from(authentication), bytes, minutes(form.get("minimumMinutes")), true);
    }

    private HttpResponse<?> imported(long id, CurrentUser user, byte[] bytes, int minimum, boolean confirmed) {
        Attendance.ImportOutcome outcome = attendance.importReport(user, id, bytes, minimum, confirmed);
        if (outcome.recorded()) {
            return Views.seeOther(LiveController.PATH + "/" + id + "/roster", Flash.of("flash.live.imported",
                    outcome.attended(), outcome.belowMinimum(), outcome.noShows()));
        }
        return page(HttpStatus.UNPROCESSABLE_ENTITY, id, user, outcome, Base64.getEncoder().encodeToString(bytes), minimum);
    }

    private int minutes(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? settings.minimumMinutes() : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return settings.minimumMinutes();
        }
    }

    private HttpResponse<?> page(HttpStatus status, long id, CurrentUser user, @Nullable Attendance.ImportOutcome outcome,
                                 @Nullable String report, int minimum) {
        return Views.render(status, RosterPage.VIEW, roster.model(id, user, outcome, report, minimum));
    }
}
