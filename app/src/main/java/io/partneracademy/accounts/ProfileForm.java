package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The profile page as posted: a language tag and a time zone id, each empty for "not chosen". */
@Serdeable
record ProfileForm(@Nullable String language, @Nullable String timeZone) {

    static ProfileForm of(Preferences preferences) {
        return new ProfileForm(preferences.language().map(l -> l.tag()).orElse(""),
                preferences.chosenZone().map(z -> z.getId()).orElse(""));
    }
}
