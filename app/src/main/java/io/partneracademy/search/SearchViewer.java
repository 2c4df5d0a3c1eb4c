package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.util.Set;

/**
 * Who is searching, reduced to what decides visibility: vendor staff see everything; partner staff see what
 * their company's tier and type admit; anyone else sees only what is open to everyone.
 */
public record SearchViewer(boolean all, @Nullable Tier tier, @Nullable PartnerType type) {

    public static final SearchViewer STAFF = new SearchViewer(true, null, null);
    public static final SearchViewer NOBODY_IN_PARTICULAR = new SearchViewer(false, null, null);

    /** True when something for at least {@code minTier} and these partner types may be shown. */
    public boolean admits(@Nullable Tier minTier, Set<PartnerType> partnerTypes) {
        if (all) {
            return true;
        }
        boolean tierOk = minTier == null || minTier.ordinal() <= rank();
        boolean typeOk = partnerTypes.isEmpty() || (type != null && partnerTypes.contains(type));
        return tierOk && typeOk;
    }

    /** The highest tier rank this viewer may see; 0 (open to all tiers) without a company. */
    int rank() {
        return tier == null ? 0 : tier.ordinal();
    }
}
