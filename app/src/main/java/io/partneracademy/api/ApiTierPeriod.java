package io.partneracademy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.Tier;
import io.partneracademy.tiers.TierGap;
import io.partneracademy.tiers.TierHistory;

import java.time.Instant;
import java.util.List;

/**
 * One period of a partner's tier history: an assessment and how long it stood.
 *
 * @param from           when the assessment was made, an ISO 8601 instant
 * @param to             when the next one replaced it; absent for the assessment in force
 * @param current        the tier the partner held
 * @param eligible       the tier its people and numbers qualified for
 * @param certified      certified people at the partner
 * @param explanation    why, in English words, as stored with the assessment
 * @param cause          what led to the assessment, as stored ("upgraded: certification.issued")
 * @param change         the tier change it made (UPGRADED, DOWNGRADED, GRACE_STARTED, …), if any
 * @param trigger        what led to it as a known key ("certification.issued"), if it is one
 * @param missing        what the next tier up still needed at this assessment, as data, from the thresholds the
 *                       policy had then: per requirement ({@code CERTIFIED}, {@code PRACTITIONERS},
 *                       {@code ARCHITECTS}, {@code SPECIALIZATIONS}, {@code ARR} with {@code REFERRALS} as its
 *                       alternative) the tier's threshold ({@code needed}) and what the partner had ({@code have});
 *                       empty when it met every tier; null when not known, and {@code missingUnknown} says why
 * @param missingUnknown why {@code missing} is null: {@code THRESHOLDS_NOT_KEPT} for an assessment stored before
 *                       2026-12-07, which kept its English explanation but not the thresholds it was written from
 *                       (read {@code explanation}); null when {@code missing} is given
 */
@Serdeable
record ApiTierPeriod(Instant from, @Nullable Instant to, Tier current, Tier eligible, int certified,
                     String explanation, String cause, @Nullable String change, @Nullable String trigger,
                     @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<TierGap> missing,
                     @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable MissingUnknown missingUnknown) {

    /** Why an assessment's {@code missing} is not known. */
    enum MissingUnknown {
        /** Stored before 2026-12-07 (V135): only the English explanation was kept, not the next tier's thresholds. */
        THRESHOLDS_NOT_KEPT;

        /** The reason for an assessment's missing requirements, null when they are known. */
        @Nullable
        static MissingUnknown of(@Nullable List<TierGap> missing) {
            return missing == null ? THRESHOLDS_NOT_KEPT : null;
        }
    }

    static ApiTierPeriod of(TierHistory.Period p) {
        return new ApiTierPeriod(p.from(), p.to(), p.current(), p.eligible(), p.certified(), p.explanation(),
                p.cause(), p.change(), p.trigger(), p.missing(), MissingUnknown.of(p.missing()));
    }
}
