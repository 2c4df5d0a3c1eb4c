package io.partneracademy.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/** Where the search index lives and which synonyms file widens queries. */
@ConfigurationProperties("partneracademy.search")
public record SearchSettings(@Bindable(defaultValue = "search-index") Path indexDir,
                             @Nullable Path synonymsFile) {
}
