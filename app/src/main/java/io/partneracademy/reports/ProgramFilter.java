package io.partneracademy.reports;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Tier;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** What the program view looks at: a period ending now, and optionally one partner tier and one region. */
record ProgramFilter(Period period, @Nullable Tier tier, @Nullable String region) {

    /** The periods the page offers; ALL starts before the platform existed. */
    enum Period {
        DAYS_30("30", 30), DAYS_90("90", 90), DAYS_365("365", 365), ALL("all", 0);

        private final String param;
        private final int days;

        Period(String param, int days) {
            this.param = param;
            this.days = days;
        }

        /** The value of the {@code period} query parameter. */
        public String param() {
            return param;
        }

        Instant from(Instant now) {
            return days == 0 ? Instant.parse("2000-01-01T00:00:00Z") : now.minus(Duration.ofDays(days));
        }
    }

    static final ProgramFilter DEFAULT = new ProgramFilter(Period.DAYS_90, null, null);

    /** Reads the query parameters; blank means the default, anything unknown is refused with what was wrong. */
    static ProgramFilter parse(@Nullable String period, @Nullable String tier, @Nullable String region) {
        Period p = blank(period) ? DEFAULT.period() : Arrays.stream(Period.values())
                .filter(v -> v.param().equals(period.trim())).findFirst()
                .orElseThrow(() -> new InvalidFilterException("period", period));
        Tier t = null;
        if (!blank(tier)) {
            try {
                t = Tier.valueOf(tier.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidFilterException("tier", tier);
            }
        }
        if (!blank(region) && region.trim().length() > 64) {
            throw new InvalidFilterException("region", region.substring(0, 64) + "…");
        }
        return new ProgramFilter(p, t, blank(region) ? null : region.trim());
    }

    /** The tier as the queries take it: '' for any. */
    String tierParam() {
        return tier == null ? "" : tier.name();
    }

    /** The region as the queries take it: '' for any. */
    String regionParam() {
        return region == null ? "" : region;
    }

    /** The query string that reproduces this filter, for CSV links. */
    String query() {
        return "?period=" + period.param() + "&tier=" + tierParam()
                + "&region=" + java.net.URLEncoder.encode(regionParam(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
