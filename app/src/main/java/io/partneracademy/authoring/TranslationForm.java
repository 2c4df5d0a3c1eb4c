package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A translator's save: the translation file's text, whether it now matches the current source (a checked box
 * sends {@code current}), and the {@code version} of the stored translation the edit started from (see
 * {@link TranslationPage.Translation#version()}), so a save over another translator's newer save is refused.
 */
@Serdeable
record TranslationForm(@Nullable String text, @Nullable String current, @Nullable String version) {

    /** The form of a text as the editor opens it. */
    static TranslationForm of(TranslationPage.Translation translation) {
        return new TranslationForm(translation.text(), null, translation.version());
    }

    /** The same values with the version now stored (a second save replaces it knowingly). */
    TranslationForm withVersion(String stored) {
        return new TranslationForm(text, current, stored);
    }

    public boolean markCurrent() {
        return current != null && !current.isBlank();
    }
}
