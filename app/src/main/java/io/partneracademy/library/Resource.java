package io.partneracademy.library;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.partners.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A library resource's metadata; its files are the rows of resource_version. */
@MappedEntity("resource")
record Resource(@Id String id, String title, String type, String tags, String language, Tier minTier,
                String ownerEmail, LocalDate reviewBy, int currentVersion, String source, Instant createdAt,
                Instant updatedAt) {

    List<String> tagList() {
        return tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList();
    }

    /** True when its review-by date has passed: the owner should check it is still right. */
    boolean staleOn(LocalDate today) {
        return reviewBy.isBefore(today);
    }
}
