package io.partneracademy.exams;

import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Extra exam time for a person: applies to their next attempts and to any attempt in progress, and is kept. */
@Singleton
public class Accommodations {

    private static final Logger LOG = LoggerFactory.getLogger(Accommodations.class);

    private final AccommodationRepository accommodations;
    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Deadlines deadlines;
    private final Clock clock;

    Accommodations(AccommodationRepository accommodations, AttemptRepository attempts, ExamVersions versions,
                   Deadlines deadlines, Clock clock) {
        this.accommodations = accommodations;
        this.attempts = attempts;
        this.versions = versions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Grants extra minutes and/or a time multiplier, and moves the deadline of any open attempt. */
    @Transactional
    public void grant(CurrentUser admin, long userId, int extraMinutes, BigDecimal multiplier, String reason) {
        if (extraMinutes < 0 || extraMinutes > 600) {
            throw new AccommodationRejectedException(AccommodationRejectedException.Part.EXTRA_MINUTES,
                    "accommodation.extra-range");
        }
        if (multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(BigDecimal.valueOf(4)) > 0) {
            throw new AccommodationRejectedException(AccommodationRejectedException.Part.MULTIPLIER,
                    "accommodation.multiplier-range");
        }
        if (reason == null || reason.isBlank()) {
            throw new AccommodationRejectedException(AccommodationRejectedException.Part.REASON, "constraint.NotBlank");
        }
        accommodations.save(new AccommodationRow(null, userId, extraMinutes, multiplier, reason.strip(), admin.id(),
                clock.instant()));
        for (AttemptRow open : attempts.findByUserIdAndStatus(userId, AttemptStatus.OPEN)) {
            ExamVersionRow rules = versions.get(open.examId(), open.examVersion()).rules();
            attempts.moveDeadline(open.id(), deadlines.deadline(userId, open.startedAt(), rules));
        }
        LOG.info("Accommodation for user {} granted by {}: +{} min, x{} ({})", userId, admin.id(), extraMinutes,
                multiplier, reason.strip());
    }

    /** Every grant for the person, newest first. */
    public List<Grant> history(long userId) {
        return accommodations.findByUserIdOrderByGrantedAtDesc(userId).stream()
                .map(a -> new Grant(a.extraMinutes(), a.timeMultiplier(), a.reason(), a.grantedBy(), a.grantedAt()))
                .toList();
    }

    /** One grant, as the audit list shows it. */
    public record Grant(int extraMinutes, BigDecimal multiplier, String reason, long grantedBy,
                        java.time.Instant grantedAt) {
    }
}
