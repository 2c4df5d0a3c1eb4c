package io.partneracademy.web;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds what every page needs: the CSRF token for forms, the signed-in person for navigation, the languages for
 * the switcher with the page's own marked, and {@code fmt} ({@link Formats}) for dates and numbers in the page's
 * language and the person's time zone.
 */
@Singleton
class LayoutModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    /** Request attribute: this page showed the confirmation, so the response clears its cookie. */
    static final String FLASH_SHOWN = "pa.flash.shown";

    private final CsrfTokens csrfTokens;
    private final LocaleResolver<HttpRequest<?>> localeResolver;

    LayoutModelProcessor(CsrfTokens csrfTokens, LocaleResolver<HttpRequest<?>> localeResolver) {
        this.csrfTokens = csrfTokens;
        this.localeResolver = localeResolver;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("csrfToken", csrfTokens.tokenFor(request));
        model.put("me", request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(LayoutModelProcessor::me)
                .orElse(null));
        model.put("currentPath", request.getPath());
        model.put("languages", Language.values());
        model.put("languageNext", request.getUri().getRawQuery() == null ? request.getUri().getRawPath()
                : request.getUri().getRawPath() + "?" + request.getUri().getRawQuery());
        Language language = Language.of(localeResolver.resolveOrDefault(request).getLanguage())
                .orElse(Language.DEFAULT);
        model.put("language", language);
        model.putIfAbsent("fmt", Formats.of(language.locale(), PersonalSettings.zone(request)));
        Flash.from(request).ifPresent(flash -> {
            model.put("flash", flash);
            request.setAttribute(FLASH_SHOWN, Boolean.TRUE);
        });
        modelAndView.setModel(model);
    }

    private static Map<String, Object> me(Authentication authentication) {
        Collection<String> roles = authentication.getRoles();
        Map<String, Object> me = new HashMap<>();
        me.put("email", authentication.getName());
        me.put("displayName", authentication.getAttributes().getOrDefault("displayName", authentication.getName()));
        me.put("roles", roles);
        me.put("admin", roles.contains("ADMIN"));
        me.put("authors", roles.contains("ADMIN") || roles.contains("AUTHOR"));
        me.put("reviews", roles.contains("REVIEWER") || roles.contains("AUTHOR"));
        me.put("managesPartners", roles.contains("ADMIN") || roles.contains("PARTNER_MANAGER")
                || roles.contains("PARTNER_ADMIN"));
        me.put("integrations", roles.contains("ADMIN") || roles.contains("PARTNER_ADMIN"));
        return me;
    }
}
