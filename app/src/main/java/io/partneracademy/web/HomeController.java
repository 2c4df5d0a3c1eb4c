package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.HashMap;
import java.util.Map;

/** The home page: what Partner Academy is for visitors, a start page for signed-in people. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    static final String VIEW = "home/index";

    @Get(Paths.HOME)
    @Produces(MediaType.TEXT_HTML)
    io.micronaut.http.HttpResponse<?> home(@Nullable Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", authentication != null);
        return Views.render(io.micronaut.http.HttpStatus.OK, VIEW, model);
    }
}
