package io.partneracademy.live;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The personal calendar feed that calendar apps fetch without a session: the secret in the URL is the key. */
@Controller(CalendarFeed.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    private final CalendarFeed feed;

    CalendarController(CalendarFeed feed) {
        this.feed = feed;
    }

    @Get("/{token}.ics")
    @Produces(LiveController.CALENDAR)
    HttpResponse<?> feed(@PathVariable String token) {
        return HttpResponse.ok(feed.calendar(token)).contentType(LiveController.CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
    }
}
