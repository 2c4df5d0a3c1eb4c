package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Audience;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may attend a session: the catalog's audience (a minimum tier, partner types) plus regions. Vendor staff, who
 * work for no partner, may attend everything.
 */
record LiveAudience(Audience catalog, Set<String> regions) {

    LiveAudience {
        regions = Set.copyOf(regions);
    }

    boolean admits(Optional<Partner> employer) {
        return employer.map(p -> catalog.admits(p.tier(), p.type())
                && (regions.isEmpty() || regions.stream().anyMatch(r -> r.equalsIgnoreCase(p.region())))).orElse(true);
    }

    @Nullable
    String typesColumn() {
        return catalog.partnerTypes().isEmpty() ? null
                : catalog.partnerTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Nullable
    String regionsColumn() {
        return regions.isEmpty() ? null : regions.stream().sorted().collect(Collectors.joining(","));
    }

    static LiveAudience fromColumns(@Nullable String minTier, @Nullable String types, @Nullable String regions) {
        Set<PartnerType> parsedTypes = new TreeSet<>();
        if (types != null && !types.isBlank()) {
            for (String t : types.split(",")) {
                parsedTypes.add(PartnerType.valueOf(t.strip()));
            }
        }
        return new LiveAudience(new Audience(minTier == null ? null : Tier.valueOf(minTier), parsedTypes),
                regionSet(regions));
    }

    static Set<String> regionSet(@Nullable String regions) {
        Set<String> parsed = new TreeSet<>();
        if (regions != null) {
            for (String r : regions.split(",")) {
                if (!r.isBlank()) {
                    parsed.add(r.strip());
                }
            }
        }
        return parsed;
    }
}
