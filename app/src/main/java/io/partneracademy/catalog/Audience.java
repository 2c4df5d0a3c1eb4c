package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may see a course or lesson: partner companies of at least a tier and of certain types.
 * Vendor staff, who work for no partner, see everything.
 */
public record Audience(@Nullable Tier minTier, Set<PartnerType> partnerTypes) {

    public static final Audience EVERYONE = new Audience(null, Set.of());

    public Audience {
        partnerTypes = Set.copyOf(partnerTypes);
    }

    /** True when a partner of this tier and type belongs to the audience. */
    public boolean admits(Tier tier, PartnerType type) {
        boolean tierOk = minTier == null || tier.compareTo(minTier) >= 0;
        boolean typeOk = partnerTypes.isEmpty() || partnerTypes.contains(type);
        return tierOk && typeOk;
    }

    public boolean isEveryone() {
        return minTier == null && partnerTypes.isEmpty();
    }

    /** Comma-separated type names in a fixed order, as stored. */
    @Nullable
    String typesColumn() {
        return partnerTypes.isEmpty() ? null
                : partnerTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Audience fromColumns(@Nullable String minTier, @Nullable String types) {
        Set<PartnerType> parsed = new TreeSet<>();
        if (types != null && !types.isBlank()) {
            for (String t : types.split(",")) {
                parsed.add(PartnerType.valueOf(t));
            }
        }
        return new Audience(minTier == null ? null : Tier.valueOf(minTier), parsed);
    }
}
