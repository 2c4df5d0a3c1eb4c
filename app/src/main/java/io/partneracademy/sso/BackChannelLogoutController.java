package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The back-channel logout endpoint a company registers at its identity provider (OpenID Connect Back-Channel Logout
 * 1.0, section 2.5): the provider, not a browser, posts a signed logout token; 200 when it was valid (whether or not
 * a session was still open), 400 with an {@code invalid_request} error otherwise. Never cached (section 2.8).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BackChannelLogoutController {

    private static final Logger LOG = LoggerFactory.getLogger(BackChannelLogoutController.class);
    /** Called by the provider's server with the token as its only credential: the CSRF filter lets it through. */
    static final String PATH = "/sso/backchannel-logout";

    private final BackChannelLogout logout;

    BackChannelLogoutController(BackChannelLogout logout) {
        this.logout = logout;
    }

    @Post(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> logOut(@Nullable @Body Map<String, String> form) {
        try {
            logout.logOut(form == null ? null : form.get("logout_token"));
            return HttpResponse.ok().header("Cache-Control", "no-store");
        } catch (BackChannelLogout.InvalidLogoutTokenException e) {
            LOG.warn("Back-channel logout refused: {}", e.getMessage());
            // The reason goes to our log only: naming it would tell a prober which issuers and client ids we know.
            return HttpResponse.badRequest(Map.of("error", "invalid_request",
                    "error_description", "The logout token is not valid."))
                    .header("Cache-Control", "no-store");
        }
    }
}
