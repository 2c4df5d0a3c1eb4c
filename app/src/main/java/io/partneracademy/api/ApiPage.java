package io.partneracademy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

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

    /**
     * A page from rows read one past the page size (the extra row only says there is more): the first {@code size}
     * rows as items, and the cursor of the last item when there is a next page.
     */
    static <R, T> ApiPage<T> of(List<R> rows, int size, Function<R, T> item, Function<R, SyncCursor> cursor) {
        List<T> data = rows.stream().limit(size).map(item).toList();
        return new ApiPage<>(data, rows.size() <= size ? null : cursor.apply(rows.get(size - 1)).encode());
    }
}
