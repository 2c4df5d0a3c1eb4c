package io.partneracademy.web;

import io.micronaut.http.HttpRequest;

/** Told when someone picks a language in the switcher, e.g. to store it in a signed-in person's profile. */
public interface LanguageChoiceListener {

    /** The request that carried the choice (with its authentication, if signed in) and the language picked. */
    void chosen(HttpRequest<?> request, Language language);
}
