package io.partneracademy.sso;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.LocalPath;
import io.partneracademy.web.Secrets;
import io.partneracademy.web.Views;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Sign in with your company account": the person gives their work email (its domain picks the company's provider),
 * is sent to the provider, and comes back to {@code /sso/callback}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SsoController {

    static final String PAGE = "/sso";
    static final String VIEW = "sso/sign-in";
    static final String ERROR_VIEW = "sso/failed";
    static final String CONTINUE_VIEW = "sso/continue";
    /** Holds the state this browser started with; only sent back to the callback. */
    static final String STATE_COOKIE = "pa_sso_state";

    private final SsoFlow flow;
    private final SsoSetup setup;
    private final boolean secureCookies;

    SsoController(SsoFlow flow, SsoSetup setup,
                  @Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secureCookies) {
        this.flow = flow;
        this.setup = setup;
        this.secureCookies = secureCookies;
    }

    @Get(PAGE)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue String next) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", "");
        model.put("next", LocalPath.orHome(next));
        return Views.render(HttpStatus.OK, VIEW, model);
    }

    /**
     * The email's domain picks the company's provider. An address without one is answered alike (same status, page,
     * refresh and cookie), continuing to the password sign-in instead, as identifier-first sign-in pages do: the
     * answer itself does not say whether a domain signs in here; only where its link leads does (ADR 0040).
     */
    @Post(value = PAGE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> byEmail(@Body Map<String, String> form) {
        String next = LocalPath.orHome(form.get("next"));
        String email = form.getOrDefault("email", "").strip();
        Optional<SsoProvider> provider = setup.providerForEmail(email);
        if (provider.isEmpty()) {
            // A state no sign-in waits under: the cookie is set as for a provider, and a callback with it is refused.
            // The password page gets the address typed here, so the person does not type it twice.
            return continueTo(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                    + (email.isEmpty() || email.length() > 254 ? ""
                    : "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))), Secrets.randomToken(32));
        }
        return start(provider.get().id(), next);
    }

    @Get(SsoFlow.CALLBACK)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> callback(@Nullable @QueryValue String state, @Nullable @QueryValue String code,
                             @Nullable @QueryValue String error, HttpRequest<?> request) {
        String browserState = request.getCookies().findCookie(STATE_COOKIE).map(Cookie::getValue).orElse(null);
        SsoFlow.Finish finish = flow.finish(new SsoFlow.Callback(state, code, error, browserState,
                request.getHeaders().get("User-Agent")));
        if (finish instanceof SsoFlow.Finish.SignedIn signedIn) {
            return Views.seeOther(signedIn.next()).cookie(signedIn.cookie()).cookie(stateCookie("", Duration.ZERO));
        }
        SsoFailure failure = ((SsoFlow.Finish.Refused) finish).failure();
        return Views.render(failure.status(), ERROR_VIEW, Map.of("failure", failure.messageKey()))
                .cookie(stateCookie("", Duration.ZERO));
    }

    /**
     * Sends the browser on to the provider with a page that refreshes to it (and links to it), not with a redirect:
     * browsers apply a form's {@code form-action} to redirects after it, and ours allows only this site.
     */
    private HttpResponse<?> start(long providerId, String next) {
        try {
            SsoFlow.Start start = flow.start(providerId, next);
            return continueTo(start.authorization(), start.state());
        } catch (SsoRefusedException e) {
            return Views.render(e.failure().status(), ERROR_VIEW, Map.of("failure", e.failure().messageKey()));
        }
    }

    private MutableHttpResponse<?> continueTo(URI target, String state) {
        return Views.render(HttpStatus.OK, CONTINUE_VIEW, Map.of("authorization", target.toString()))
                .header("Refresh", "0;url=" + target).cookie(stateCookie(state, Duration.ofMinutes(10)));
    }

    private Cookie stateCookie(String value, Duration maxAge) {
        return Cookie.of(STATE_COOKIE, value).path(SsoFlow.CALLBACK).httpOnly(true).sameSite(SameSite.Lax)
                .secure(secureCookies).maxAge(maxAge);
    }
}
