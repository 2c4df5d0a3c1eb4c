package io.partneracademy.tiers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCellsTest {

    @Test
    void anArrWithAnExponentIsRefusedNotStoredAsABillionDigitNumber() {
        assertThat(PartnerMetrics.arr("1e-999999999")).isNull();
        assertThat(PartnerMetrics.arr("1E3")).isNull();
        assertThat(PartnerMetrics.arr("6666.666666666666666666666666666")).isNull();
    }

    @Test
    void arrAsPeopleTypeItIsStillRead() {
        assertThat(PartnerMetrics.arr(" $150,000 ")).isEqualByComparingTo("150000");
        assertThat(PartnerMetrics.arr("150000.50")).isEqualByComparingTo("150000.5");
        assertThat(PartnerMetrics.arr(".5")).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(PartnerMetrics.arr("999,999,999,999")).isEqualByComparingTo("999999999999");
        assertThat(PartnerMetrics.arr("1,000,000,000,000")).isNull();
        assertThat(PartnerMetrics.arr("-5")).isNull();
    }
}
