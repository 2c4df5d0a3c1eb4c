package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Audience;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads an {@code audience:} mapping (min-tier, partner-types), reporting unknown values. */
final class AudienceParser {

    private AudienceParser() {
    }

    static Audience parse(String file, @Nullable YamlMap map, Problems problems) {
        return parse(file, map, problems, Set.of());
    }

    /** The same, for a mapping that may also hold {@code otherKeys} (read by the caller). */
    static Audience parse(String file, @Nullable YamlMap map, Problems problems, Set<String> otherKeys) {
        if (map == null) {
            return Audience.EVERYONE;
        }
        Set<String> keys = new java.util.HashSet<>(otherKeys);
        keys.addAll(Set.of("min-tier", "partner-types"));
        map.rejectUnknownKeys(keys);
        Tier minTier = null;
        String tier = map.string("min-tier", false);
        if (tier != null) {
            try {
                minTier = Tier.valueOf(tier.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(file, map.line("min-tier"), "unknown audience value '" + tier + "' for min-tier (use "
                        + names(Tier.values()) + ")");
            }
        }
        Set<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        for (String type : map.strings("partner-types")) {
            try {
                types.add(PartnerType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(file, map.line("partner-types"), "unknown audience value '" + type
                        + "' for partner-types (use " + names(PartnerType.values()) + ")");
            }
        }
        return new Audience(minTier, types);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
