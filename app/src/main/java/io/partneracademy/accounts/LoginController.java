package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.LocalPath;
import io.partneracademy.web.Paths;
import io.partneracademy.web.Secrets;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign in and sign out. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    static final String VIEW = "accounts/login";
    static final String SIGNED_OUT_VIEW = "accounts/signed-out";
    private final SignIn signIn;
    private final SessionCookie cookie;
    private final HttpClientAddressResolver addressResolver;
    private final List<SignOutRedirect> signOutRedirects;

    LoginController(SignIn signIn, SessionCookie cookie, HttpClientAddressResolver addressResolver,
                    List<SignOutRedirect> signOutRedirects) {
        this.signIn = signIn;
        this.cookie = cookie;
        this.addressResolver = addressResolver;
        this.signOutRedirects = signOutRedirects;
    }

    /**
     * The sign-in form; {@code email} fills in the address (the company sign-in page sends an address whose domain
     * signs in here with a password on with it), cut to the longest address there is.
     */
    @Get(Paths.LOGIN)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(@Nullable @QueryValue String next, @Nullable @QueryValue String email) {
        String typed = email == null ? "" : email.strip();
        return Views.render(HttpStatus.OK, VIEW, model(typed.length() <= 254 ? typed : typed.substring(0, 254),
                safeNext(next), null, null));
    }

    @Post(value = Paths.LOGIN, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> login(@Body LoginForm form, HttpRequest<?> request) {
        String email = form.email() == null ? "" : form.email();
        // Decided before the session opens: nothing after the sign-in may fail and leave a session without a cookie.
        String next = safeNext(form.next());
        SignInResult result = signIn.signIn(email, form.password() == null ? "" : form.password(),
                addressResolver.resolve(request), request.getHeaders().get("User-Agent"));
        if (result instanceof SignInResult.Success success) {
            return Views.seeOther(next).cookie(cookie.create(success.sessionToken()));
        }
        if (result instanceof SignInResult.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return Views.render(HttpStatus.TOO_MANY_REQUESTS, VIEW, model(email, next, "login.throttled", minutes))
                    .header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
        }
        return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, model(email, next, "login.invalid", null));
    }

    @Post(value = Paths.LOGOUT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(HttpRequest<?> request) {
        Optional<String> token = cookie.read(request);
        String next = Paths.HOME;
        if (token.isPresent()) {
            String hash = Secrets.sha256(token.get());
            for (SignOutRedirect redirect : signOutRedirects) {
                Optional<String> elsewhere = redirect.signingOut(hash);
                if (elsewhere.isPresent()) {
                    next = elsewhere.get();
                }
            }
            signIn.signOut(token.get());
        }
        if (!Paths.HOME.equals(next)) {
            // Signed out here; the page links to the sign-out at the company's identity provider. Not a redirect:
            // browsers hold every redirect after a form post to the page's form-action, which allows only this site.
            return Views.render(HttpStatus.OK, SIGNED_OUT_VIEW, Map.of("elsewhere", next)).cookie(cookie.clear());
        }
        return Views.seeOther(next).cookie(cookie.clear());
    }

    private static Map<String, Object> model(String email, String next, @Nullable String error,
                                             @Nullable Object argument) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("next", next);
        model.put("error", error);
        model.put("errorArgument", argument);
        return model;
    }

    /**
     * Only same-site paths ({@link LocalPath}), so the login page cannot be used as an open redirect.
     */
    static String safeNext(@Nullable String next) {
        return LocalPath.orHome(next);
    }
}
