package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.Views;

import java.util.Map;

/** Attendance and no-show rates per partner and per person, for partner managers, partner admins and admins. */
@Controller(LiveController.PATH + "/attendance")
@Secured({Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class StatsController {

    static final String VIEW = "live/attendance";

    private final AttendanceStats stats;

    StatsController(AttendanceStats stats) {
        this.stats = stats;
    }

    @Get
    HttpResponse<?> show(@Nullable @QueryValue Long partner, Authentication authentication) {
        return Views.render(HttpStatus.OK, VIEW, Map.of("page", stats.page(CurrentUser.from(authentication), partner)));
    }
}
