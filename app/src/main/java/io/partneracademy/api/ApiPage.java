package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a list: the items and, when there may be more, the cursor that fetches the next page.
 *
 * @param data       the items, oldest change first for lists that sync
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
public record ApiPage<T>(List<T> data, @Nullable String nextCursor) {
}
