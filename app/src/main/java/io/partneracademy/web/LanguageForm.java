package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The language switcher: the language picked and the page to go back to. */
@Serdeable
record LanguageForm(@Nullable String lang, @Nullable String next) {
}
