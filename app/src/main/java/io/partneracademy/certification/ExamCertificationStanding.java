package io.partneracademy.certification;

import io.partneracademy.catalog.PathRules;
import io.partneracademy.exams.CertificationStanding;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Answers the exam pages' questions about certifications from the certification records. */
@Singleton
class ExamCertificationStanding implements CertificationStanding {

    private final CertificationRepository certifications;
    private final Certifications views;
    private final PathRules paths;

    ExamCertificationStanding(CertificationRepository certifications, Certifications views, PathRules paths) {
        this.certifications = certifications;
        this.views = views;
        this.paths = paths;
    }

    @Override
    public Optional<Earned> earnedBy(long userId, long attemptId) {
        return certifications.findByUserIdOrderByIssuedAtDesc(userId).stream()
                .filter(c -> c.attemptId() != null && c.attemptId() == attemptId)
                .findFirst()
                .map(c -> {
                    // The next level, not a specialization that also builds on this one (those are listed on the paths page).
                    Optional<PathRules.Rule> next = paths.pathsAfter(c.pathId()).stream().sorted()
                            .map(paths::rule).flatMap(Optional::stream).filter(r -> r.level().isRung()).findFirst();
                    return new Earned(c.pathTitle(), c.credentialId(), Certifications.date(c.expiresAt()),
                            next.map(PathRules.Rule::id).orElse(null), next.map(PathRules.Rule::title).orElse(null));
                });
    }

    @Override
    public Optional<Held> held(long userId, String pathId) {
        return views.held(userId).stream().filter(h -> h.pathId().equals(pathId)).findFirst()
                .map(h -> new Held(h.certification(), h.expiresOn(), h.renewalOpensOn(), h.renewable()));
    }
}
