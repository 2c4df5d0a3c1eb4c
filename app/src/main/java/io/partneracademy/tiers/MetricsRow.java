package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.LocalDate;

@Introspected
record MetricsRow(BigDecimal arr, int referrals, LocalDate asOf) {
}
