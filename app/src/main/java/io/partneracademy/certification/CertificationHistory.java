package io.partneracademy.certification;

import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathRules;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Certifications earned before this platform, brought over as history (the demo's certified people use it too):
 * the issue date is given, not taken from the clock, and there is no exam attempt, so exam statistics stay clean.
 * The row, its ISSUED event and the outbox event are written as {@link Issuance} writes them, so tiers count the
 * certification by the same path as one issued here.
 */
@Singleton
public class CertificationHistory {

    private final CertificationRepository certifications;
    private final CertificationLog log;
    private final PathRules paths;
    private final Users users;
    private final Clock clock;

    CertificationHistory(CertificationRepository certifications, CertificationLog log, PathRules paths, Users users,
                         Clock clock) {
        this.certifications = certifications;
        this.log = log;
        this.paths = paths;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Records a certification of the path issued at {@code issuedAt} (in the past) with the given exam score, valid
     * for the path's validity from then; returns its credential id, or empty when the path is unknown or the
     * certification would already have expired (history keeps only what still counts).
     *
     * @throws IllegalStateException when the person already holds an active certification of the path
     */
    @Transactional
    public Optional<String> imported(long userId, String pathId, Instant issuedAt, BigDecimal scorePercent) {
        Optional<PathRules.Rule> rule = paths.rule(pathId);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Instant expires = issuedAt.atZone(ZoneOffset.UTC).plusMonths(rule.get().validityMonths()).toInstant();
        if (!expires.isAfter(clock.instant())) {
            return Optional.empty();
        }
        if (certifications.findByActiveKey(CertificationRow.activeKey(userId, pathId)).isPresent()) {
            throw new IllegalStateException("user " + userId + " already holds an active " + pathId + " certification");
        }
        CertificationRow row = certifications.save(new CertificationRow(null, CredentialIds.random(), userId, pathId,
                rule.get().title(), rule.get().level(), users.get(userId).displayName(), null, scorePercent,
                issuedAt, expires, CertificationStatus.ACTIVE, issuedAt, null, null, null,
                CertificationRow.activeKey(userId, pathId)));
        log.changed(row, CertificationLog.ISSUED, issuedAt, null, null);
        return Optional.of(row.credentialId());
    }
}
