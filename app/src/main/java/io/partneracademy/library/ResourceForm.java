package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A resource's metadata as uploaded or written in a resource.yaml. An empty id on upload means "new": it is
 * made from the title.
 */
@Introspected
record ResourceForm(@Nullable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String id,
                    @NotBlank @Size(max = 200) String title,
                    @NotBlank String type,
                    @Nullable @Size(max = 500) String tags,
                    @NotBlank @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
                    @NotNull Tier minTier,
                    @Nullable @Size(max = 254) String ownerEmail,
                    @NotNull LocalDate reviewBy) {

    static ResourceForm empty(LocalDate reviewBy) {
        return new ResourceForm(null, "", ResourceType.BATTLE_CARD.slug(), "", "en", Tier.REGISTERED, null, reviewBy);
    }

    /** Tags as a clean list: trimmed, lower case, no empties or duplicates. */
    List<String> tagList() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The id to store: the given one, else a slug of the title. */
    String idOrSlug() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-$", "") : slug;
    }
}
