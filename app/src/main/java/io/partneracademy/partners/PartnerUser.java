package io.partneracademy.partners;

import io.micronaut.core.annotation.Introspected;

/** A person linked to a partner (its admin, or its partner manager). */
@Introspected
record PartnerUser(long partnerId, long userId) {
}
