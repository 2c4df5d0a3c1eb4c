package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

/** Downloads of one resource by one partner company. */
@Introspected
record PartnerDownloadsRow(String partner, long downloads) {
}
