package io.partneracademy.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.partneracademy.web.Language;
import io.partneracademy.web.LanguageChoiceListener;
import jakarta.inject.Singleton;

/**
 * Stores a language picked in the switcher in the signed-in person's profile, which outranks the cookie: without
 * this, a person whose profile says Japanese could never switch to German from the header.
 */
@Singleton
class LanguageChoiceSaver implements LanguageChoiceListener {

    private final PersonPreferences preferences;

    LanguageChoiceSaver(PersonPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void chosen(HttpRequest<?> request, Language language) {
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .filter(a -> a.getAttributes().containsKey(CurrentUser.ID))
                .ifPresent(a -> preferences.saveLanguage(CurrentUser.from(a).id(), language));
    }
}
