package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.Tier;

import java.math.BigDecimal;

/**
 * One requirement of a tier that a partner does not meet, as data: which tier, what it requires, how much it needs
 * and how much the partner has; {@code alternative} is the requirement that would do instead (ARR or referrals).
 *
 * @param needed the tier's threshold (a count, or US dollars for {@link Requirement#ARR})
 * @param have   what the partner had at the assessment
 */
@Serdeable
public record TierGap(Tier tier, Requirement requirement, BigDecimal needed, BigDecimal have,
                      @Nullable TierGap alternative) {

    /** Amounts as plain numbers: 25000, not 25000.00 (the database's scale). */
    public TierGap {
        needed = plain(needed);
        have = plain(have);
    }

    /** What a tier policy counts. */
    public enum Requirement { CERTIFIED, PRACTITIONERS, ARCHITECTS, SPECIALIZATIONS, ARR, REFERRALS }

    TierGap(Tier tier, Requirement requirement, long needed, long have) {
        this(tier, requirement, BigDecimal.valueOf(needed), BigDecimal.valueOf(have), null);
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
