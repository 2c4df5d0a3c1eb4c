package io.partneracademy.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * API settings.
 *
 * @param requestsPerMinute per token, counted for all servers together (ADR 0045); more get 429 with Retry-After
 * @param pageSize          the default number of items per page (a client may ask for up to {@code maxPageSize})
 * @param maxPageSize       the most items one page holds
 */
@ConfigurationProperties("partneracademy.api")
record ApiSettings(@Bindable(defaultValue = "600") int requestsPerMinute,
                   @Bindable(defaultValue = "50") int pageSize,
                   @Bindable(defaultValue = "200") int maxPageSize) {
}
