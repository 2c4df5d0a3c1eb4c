package io.partneracademy.library;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Upload limit of the resource library. */
@ConfigurationProperties("partneracademy.library")
record LibrarySettings(@Bindable(defaultValue = "8388608") long maxUploadBytes) {
}
