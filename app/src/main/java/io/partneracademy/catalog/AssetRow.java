package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;

/** An image or attachment of one course version. */
@Introspected
record AssetRow(String path, String contentType, byte[] bytes) {
}
