package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A translator's save: the translation file's text, and whether it now matches the current source (a checked box
 * sends {@code current}).
 */
@Serdeable
record TranslationForm(@Nullable String text, @Nullable String current) {

    public boolean markCurrent() {
        return current != null && !current.isBlank();
    }
}
