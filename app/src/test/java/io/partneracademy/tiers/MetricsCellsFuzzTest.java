package io.partneracademy.tiers;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the cells of the partner metrics CSV import (ARR and referrals): any text is a value the database column
 * holds or null (a line error), never an exception and never a number that takes the database long to write.
 */
class MetricsCellsFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void anyCellIsAStorableValueOrNull(String cell) {
        BigDecimal arr = PartnerMetrics.arr(cell);
        Integer referrals = PartnerMetrics.referrals(cell);

        if (arr != null) {
            assertThat(arr.signum()).isNotNegative();
            assertThat(arr.scale()).as("scale of " + cell).isBetween(-12, 12);
            assertThat(arr.precision()).as("precision of " + cell).isLessThanOrEqualTo(24);
        }
        if (referrals != null) {
            assertThat(referrals).isNotNegative();
        }
    }
}
