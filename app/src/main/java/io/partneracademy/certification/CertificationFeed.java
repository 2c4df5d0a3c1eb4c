package io.partneracademy.certification;

import io.partneracademy.catalog.Level;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Certifications for integrations, oldest change first, so a CRM can sync incrementally: each item carries the
 * time it last changed, and the caller passes the last (time, id) it saw to get the next page.
 */
@Singleton
public class CertificationFeed {

    private final CertificationFeedRepository feed;
    private final Certifications certifications;
    private final Clock clock;

    CertificationFeed(CertificationFeedRepository feed, Certifications certifications, Clock clock) {
        this.feed = feed;
        this.certifications = certifications;
        this.clock = clock;
    }

    /** One certification as an integration sees it; status is as of now (an overdue ACTIVE reads EXPIRED). */
    public record Item(long id, String credentialId, long userId, String holderName, String pathId, Level level,
                       CertificationStatus status, Instant issuedAt, Instant expiresAt, Instant updatedAt,
                       @Nullable String supersedesCredentialId, String verifyUrl) {
    }

    /**
     * Up to {@code limit} certifications changed after the cursor, limited to a partner's current people and/or
     * one person when given.
     */
    public List<Item> changedAfter(@Nullable Long partnerId, @Nullable Long userId, Instant afterAt, long afterId,
                                   int limit) {
        Instant now = clock.instant();
        return feed.changedAfter(partnerId, userId, afterAt, afterId, limit).stream()
                .map(c -> new Item(c.id(), c.credentialId(), c.userId(), c.holderName(), c.pathId(), c.level(),
                        c.statusAt(now), c.issuedAt(), c.expiresAt(), c.statusAt(),
                        c.supersedesId() == null ? null
                                : feed.findById(c.supersedesId()).map(CertificationRow::credentialId).orElse(null),
                        certifications.verifyUrl(c.credentialId())))
                .toList();
    }
}
