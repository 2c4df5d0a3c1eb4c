package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

@Introspected
record CountsRow(int certified, int practitioners, int architects) {
}
