package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An import from the admin content page: empty the first time; after the author was shown the translations saved in
 * the browser that the files would replace, {@code seen} (the digest of that list) and the keys of those whose file
 * text she chose in {@code overwrite} (the others keep the browser text).
 */
@Serdeable
record ImportForm(@Nullable String seen, @Nullable List<String> overwrite) {
}
