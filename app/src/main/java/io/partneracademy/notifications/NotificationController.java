package io.partneracademy.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.Views;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The signed-in person's notifications, newest first. */
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class NotificationController {

    static final String VIEW = "notifications/list";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** One notification as the page shows it. */
    record Item(String subject, String body, String link, Instant at, boolean unread) {
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        long userId = CurrentUser.from(authentication).id();
        List<Item> items = notifications.recent(userId).stream()
                .map(n -> new Item(n.subject(), n.body(), n.link(), n.createdAt(), n.readAt() == null))
                .toList();
        return Views.render(HttpStatus.OK, VIEW, Map.of("items", items));
    }

    @Post(value = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markRead(Authentication authentication) {
        notifications.markAllRead(CurrentUser.from(authentication).id());
        return Views.seeOther("/notifications");
    }
}
