package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

@Introspected
record EventRow(long id, String type, String payload) {
}
