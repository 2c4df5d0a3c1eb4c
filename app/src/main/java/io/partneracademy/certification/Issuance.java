package io.partneracademy.certification;

import io.micronaut.runtime.event.annotation.EventListener;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.catalog.RequirementCompleted;
import io.partneracademy.exams.ExamResults;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issues a certification the moment its last requirement is met: the path's exam passed, the previous path's
 * certification active, the required courses and lab tracks complete, in any order. It runs inside the transaction
 * that recorded the completion, so the certification exists exactly when the completion does. A person's issuance
 * is serialised by a row lock, and one passed attempt issues at most once (a unique key), so nothing issues twice.
 * <p>
 * A pass while a certification is active renews it only inside the recertification window: the new certification
 * supersedes the old one and runs from the old expiry, so no paid-for time is lost.
 */
@Singleton
public class Issuance {

    private static final Logger LOG = LoggerFactory.getLogger(Issuance.class);

    private final CertificationRepository certifications;
    private final CertificationLog log;
    private final Expiry expiry;
    private final PathRules paths;
    private final ExamResults results;
    private final Requirements requirements;
    private final Users users;
    private final CertificationSettings settings;
    private final Clock clock;

    Issuance(CertificationRepository certifications, CertificationLog log, Expiry expiry, PathRules paths, ExamResults results,
             Requirements requirements, Users users, CertificationSettings settings, Clock clock) {
        this.certifications = certifications;
        this.log = log;
        this.expiry = expiry;
        this.paths = paths;
        this.results = results;
        this.requirements = requirements;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** A requirement was completed inside the publisher's transaction: issue whatever it was the last piece of. */
    @EventListener
    void onRequirementCompleted(RequirementCompleted event) {
        evaluate(event.userId(), paths.pathsRequiring(event.kind(), event.refId()));
    }

    /** Issues every certification the person now qualifies for among these paths, and the paths they unlock. */
    @Transactional
    public List<String> evaluate(long userId, List<String> pathIds) {
        if (pathIds.isEmpty()) {
            return List.of();
        }
        certifications.lockPerson(userId);
        Deque<String> queue = new ArrayDeque<>(pathIds);
        Set<String> seen = new HashSet<>();
        List<String> issued = new java.util.ArrayList<>();
        while (!queue.isEmpty()) {
            String pathId = queue.poll();
            if (!seen.add(pathId)) {
                continue;
            }
            issueIfQualified(userId, pathId).ifPresent(credential -> {
                issued.add(credential);
                queue.addAll(paths.pathsAfter(pathId));
            });
        }
        return issued;
    }

    private Optional<String> issueIfQualified(long userId, String pathId) {
        PathRules.Rule rule = paths.rule(pathId).orElse(null);
        if (rule == null || rule.examId() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<CertificationRow> history = certifications.findByUserIdAndPathIdOrderByIssuedAtDesc(userId, pathId);
        history.stream().filter(c -> c.status() == CertificationStatus.ACTIVE && !c.expiresAt().isAfter(now))
                .forEach(c -> expiry.expire(c, now));
        Optional<CertificationRow> active = history.stream()
                .filter(c -> c.status() == CertificationStatus.ACTIVE && c.expiresAt().isAfter(now)).findFirst();
        Duration window = Duration.ofDays(settings.recertificationWindowDays());
        if (active.isPresent() && now.isBefore(active.get().expiresAt().minus(window))) {
            return Optional.empty();
        }
        Optional<ExamResults.Pass> pass = usablePass(userId, rule, history);
        if (pass.isEmpty() || !prerequisitesMet(userId, rule, now)) {
            return Optional.empty();
        }
        return Optional.of(issue(userId, rule, pass.get(), active.orElse(null), now));
    }

    /**
     * True when the person holds an exam pass for the path that no certification has used yet: the exam is done, and
     * only other requirements stand between them and the certification (the path page then does not ask for the exam
     * again).
     */
    public boolean unusedPass(long userId, String pathId) {
        return paths.rule(pathId).filter(rule -> rule.examId() != null)
                .flatMap(rule -> usablePass(userId, rule,
                        certifications.findByUserIdAndPathIdOrderByIssuedAtDesc(userId, pathId)))
                .isPresent();
    }

    /** A pass counts once, and only if it came after the latest certification's renewal window opened. */
    private Optional<ExamResults.Pass> usablePass(long userId, PathRules.Rule rule, List<CertificationRow> history) {
        Duration window = Duration.ofDays(settings.recertificationWindowDays());
        Instant earliest = history.isEmpty() ? Instant.MIN : history.get(0).expiresAt().minus(window);
        return results.passes(userId, rule.examId()).stream()
                .filter(p -> !p.closedAt().isBefore(earliest))
                .filter(p -> certifications.countByAttempt(p.attemptId()) == 0)
                .findFirst();
    }

    private boolean prerequisitesMet(long userId, PathRules.Rule rule, Instant now) {
        if (rule.prerequisiteId() != null) {
            boolean prerequisiteActive = certifications.findByActiveKey(CertificationRow.activeKey(userId, rule.prerequisiteId()))
                    .filter(c -> c.expiresAt().isAfter(now)).isPresent();
            if (!prerequisiteActive) {
                return false;
            }
        }
        return requirements.missing(userId, rule).isEmpty();
    }

    private String issue(long userId, PathRules.Rule rule, ExamResults.Pass pass, CertificationRow renewed, Instant now) {
        Instant from = renewed == null ? now : renewed.expiresAt();
        Instant expires = from.atZone(ZoneOffset.UTC).plusMonths(rule.validityMonths()).toInstant();
        if (renewed != null) {
            certifications.endActive(renewed.id(), CertificationStatus.SUPERSEDED, now, null, null);
        }
        CertificationRow row = certifications.save(new CertificationRow(null, CredentialIds.random(), userId, rule.id(),
                rule.title(), rule.level(), users.get(userId).displayName(), pass.attemptId(), pass.scorePercent(),
                now, expires, CertificationStatus.ACTIVE, now, null, renewed == null ? null : renewed.id(), null,
                CertificationRow.activeKey(userId, rule.id())));
        log.changed(row, CertificationLog.ISSUED, now, null,
                renewed == null ? null : CertificationViews.HistoryItem.renews(renewed.credentialId()));
        if (renewed != null) {
            certifications.linkSuccessor(renewed.id(), row.id());
            CertificationRow old = certifications.findById(renewed.id()).orElseThrow();
            log.changed(old, CertificationLog.SUPERSEDED, now, null, CertificationViews.HistoryItem.renewedBy(row.credentialId()));
        }
        LOG.info("Issued certification {} ({}) to user {}", row.credentialId(), rule.id(), userId);
        return row.credentialId();
    }
}
