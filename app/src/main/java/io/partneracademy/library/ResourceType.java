package io.partneracademy.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of resource partners look for; the slug is stored, indexed and shown as a facet. */
enum ResourceType {
    BATTLE_CARD("battle-card"),
    PITCH_DECK("pitch-deck"),
    PLAYBOOK("playbook"),
    CASE_STUDY("case-study"),
    ROI_CALCULATOR("roi-calculator"),
    DATASHEET("datasheet"),
    TIER_BENEFITS("tier-benefits"),
    GUIDE("guide"),
    TEMPLATE("template");

    private final String slug;

    ResourceType(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    static Optional<ResourceType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    static List<String> slugs() {
        return Arrays.stream(values()).map(ResourceType::slug).toList();
    }
}
