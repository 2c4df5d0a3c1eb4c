package io.partneracademy.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.Paths;
import io.partneracademy.web.Views;

import java.util.Map;

/** The home page: what Partner Academy is for visitors, and for signed-in people what each of their roles needs next. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    static final String VIEW = "home/index";

    private final Home home;
    private final LocaleResolver<HttpRequest<?>> locales;

    HomeController(Home home, LocaleResolver<HttpRequest<?>> locales) {
        this.home = home;
        this.locales = locales;
    }

    @Get(Paths.HOME)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> home(@Nullable Authentication authentication, HttpRequest<?> request) {
        if (authentication == null) {
            return Views.render(HttpStatus.OK, VIEW, Map.of("signedIn", false));
        }
        return Views.render(HttpStatus.OK, VIEW,
                Map.of("signedIn", true, "home", home.of(CurrentUser.from(authentication),
                        locales.resolveOrDefault(request))));
    }
}
