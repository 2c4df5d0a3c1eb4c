package io.partneracademy.accounts;

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
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Paths;
import io.partneracademy.web.Views;

import java.util.Map;

/** The page behind an invitation link, where the invited person chooses a password. */
@Controller(Invitations.PATH + "{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    static final String VIEW = "accounts/accept-invitation";

    private final Invitations invitations;
    private final SessionCookie cookie;
    private final Forms forms;

    InvitationController(Invitations invitations, SessionCookie cookie, Forms forms) {
        this.invitations = invitations;
        this.cookie = cookie;
        this.forms = forms;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(@PathVariable String token) {
        return page(token).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> accept(@PathVariable String token, @Body AcceptInvitationForm form) {
        forms.check(page(token).fields(PasswordRejectedException.class, PasswordRejectedException.Part.class,
                part -> part == PasswordRejectedException.Part.PASSWORD ? "password" : "confirmation"), form);
        String session = invitations.accept(token, nullToEmpty(form.password()), nullToEmpty(form.confirmation()));
        return Views.seeOther(Paths.HOME).cookie(cookie.create(session));
    }

    /** The page for the link's invitee; passwords are never sent back into the form. */
    private FormPage page(String token) {
        return FormPage.lazy(VIEW, () -> Map.of("invitee", invitations.invitee(token), "token", token));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
