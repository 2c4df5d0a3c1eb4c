package io.partneracademy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a list: the items and, when there may be more, the cursor that fetches the next page. Both are
 * always in the JSON, an empty page as {@code "data": []} and the last one with {@code "nextCursor": null}.
 *
 * @param data       the items, oldest change first for lists that sync
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
public record ApiPage<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> data,
                         @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {
}
