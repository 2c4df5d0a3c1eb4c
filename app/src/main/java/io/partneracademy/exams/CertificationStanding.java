package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * What the exam pages need to know about certifications, answered by the certification feature (which depends on
 * exams, so exams asks through this interface instead of importing it): whether a pass made the person certified,
 * and whether a certification the exam leads to is held and when its renewal window opens.
 */
public interface CertificationStanding {

    /** The certification this attempt earned, once it is issued. */
    Optional<Earned> earnedBy(long userId, long attemptId);

    /** The person's active certification for this path, if any. */
    Optional<Held> held(long userId, String pathId);

    /** A certification a passed attempt earned, and the path that comes next, if any. */
    record Earned(String title, String credentialId, String expiresOn, @Nullable String nextPathId,
                  @Nullable String nextPathTitle) {
    }

    /** A certification held now: until when, from when it can be renewed, and whether that is now. */
    record Held(String title, String expiresOn, String renewalOpensOn, boolean renewalOpen) {
    }
}
