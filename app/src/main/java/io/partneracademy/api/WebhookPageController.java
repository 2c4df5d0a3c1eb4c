package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.Flash;
import io.partneracademy.web.ForbiddenException;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;
import io.partneracademy.webhooks.WebhookDestinationRefusedException;
import io.partneracademy.webhooks.WebhookEvent;
import io.partneracademy.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook subscriptions in the browser: admins see and manage all of them, a partner admin those of their company;
 * each subscription's delivery log with every attempt's answer, and sending a message again.
 */
@Hidden
@Controller(WebhookPageController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class WebhookPageController {

    static final String PATH = "/webhook-subscriptions";
    static final String LIST_VIEW = "api/webhooks";
    static final String LOG_VIEW = "api/webhook";
    private static final int LOG_SIZE = 50;

    private final Webhooks webhooks;
    private final Partners partners;
    private final Forms forms;

    WebhookPageController(Webhooks webhooks, Partners partners, Forms forms) {
        this.webhooks = webhooks;
        this.partners = partners;
        this.forms = forms;
    }

    /** The subscribe form: where to send, which events, and (admins) for which partner. */
    @Serdeable
    record SubscribeForm(@Nullable String url, @Nullable List<String> events, @Nullable String partnerId) {
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        return list(CurrentUser.from(authentication), new SubscribeForm("", List.of(), "")).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> subscribe(@Body SubscribeForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        Long partner = me.has(Role.ADMIN) ? blankToNull(form.partnerId()) : scope(me);
        if (partner != null) {
            partners.get(partner);
        }
        forms.expect(list(me, form).alert(WebhookDestinationRefusedException.class));
        Webhooks.Subscription created = webhooks.subscribe(me.id(), partner, form.url() == null ? "" : form.url(),
                form.events() == null ? List.of() : form.events());
        return Views.seeOther(PATH + "/" + created.id(), Flash.of("flash.webhook-subscribed"));
    }

    @Get("/{id}")
    HttpResponse<?> log(@PathVariable long id, Authentication authentication) {
        Long scope = scope(CurrentUser.from(authentication));
        Map<String, Object> model = new HashMap<>();
        model.put("subscription", webhooks.get(scope, id));
        model.put("deliveries", webhooks.deliveries(scope, id, LOG_SIZE));
        return Views.render(HttpStatus.OK, LOG_VIEW, model);
    }

    @Post(value = "/{id}/deliveries/{msgId}/redeliver", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> redeliver(@PathVariable long id, @PathVariable String msgId, Authentication authentication) {
        webhooks.redeliver(scope(CurrentUser.from(authentication)), id, msgId);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.webhook-redelivered", msgId));
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(@PathVariable long id, Authentication authentication) {
        webhooks.enable(scope(CurrentUser.from(authentication)), id);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.webhook-enabled"));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable long id, Authentication authentication) {
        webhooks.delete(scope(CurrentUser.from(authentication)), id);
        return Views.seeOther(PATH, Flash.of("flash.webhook-deleted"));
    }

    /** All subscriptions for an admin; a partner admin only their current company's. */
    @Nullable
    private Long scope(CurrentUser me) {
        if (me.has(Role.ADMIN)) {
            return null;
        }
        return partners.currentEmployer(me.id()).map(Partner::id)
                .orElseThrow(() -> new ForbiddenException("partner.access-denied"));
    }

    private FormPage list(CurrentUser me, SubscribeForm form) {
        return FormPage.lazy(LIST_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("subscriptions", webhooks.list(scope(me)));
            model.put("form", form);
            model.put("events", WebhookEvent.names());
            model.put("admin", me.has(Role.ADMIN));
            model.put("partners", me.has(Role.ADMIN) ? partners.list() : List.of());
            model.put("partnerNames", partnerNames(me));
            return model;
        });
    }

    private Map<Long, String> partnerNames(CurrentUser me) {
        Map<Long, String> names = new HashMap<>();
        partners.managedBy(me).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    @Nullable
    private static Long blankToNull(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
