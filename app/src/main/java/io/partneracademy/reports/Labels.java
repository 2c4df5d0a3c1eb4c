package io.partneracademy.reports;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Texts and number formats of the program tables, resolved once in Java so the page and its CSV files print the
 * very same cells. English is the only bundle today; the page's labels come from the same keys.
 */
@Singleton
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, Locale.ENGLISH, arguments).orElse(key);
    }

    String level(String level) {
        return text("level." + level);
    }

    String tier(String tier) {
        return text("tier." + tier);
    }

    /** Nothing to compute from (no attempts, no partners): a dash rather than a misleading zero. */
    String none() {
        return text("program.none");
    }

    /** part of whole as a whole percent, "67%"; a dash when whole is 0. */
    String percent(long part, long whole) {
        return whole == 0 ? none() : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
    }

    /** A score already in percent, rounded to a whole percent. */
    String percent(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A ratio with one decimal, "18.5"; a dash when whole is 0. */
    String ratio(double part, long whole) {
        return whole == 0 ? none() : decimal(part / whole);
    }

    String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
