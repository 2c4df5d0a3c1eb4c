package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** How pages show a score: "84%" and "84.5%", never "84.00%" or a rounded-up pass mark. */
public final class Percentages {

    private Percentages() {
    }

    /** The number without trailing zeros, followed by a percent sign; empty for no score. */
    public static String text(@Nullable BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%";
    }
}
