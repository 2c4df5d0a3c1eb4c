package io.partneracademy.assignments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends GenericRepository<AssignmentRow, Long> {

    AssignmentRow save(AssignmentRow row);

    Optional<AssignmentRow> findByOpenKey(String openKey);

    /** Which of these people the rule has given work to already. */
    @Query("SELECT DISTINCT user_id FROM assignment WHERE rule_id = :ruleId AND user_id IN (:userIds)")
    List<Long> findReachedBy(long ruleId, Collection<Long> userIds);

    /** Which of these open keys (person, work) are open now. */
    @Query("SELECT open_key FROM assignment WHERE open_key IN (:openKeys)")
    List<String> findOpenKeys(Collection<String> openKeys);

    List<AssignmentRow> findByUserIdAndCompletedAtIsNullOrderByDueOn(long userId);

    @Query("SELECT * FROM assignment WHERE partner_id = :partnerId ORDER BY due_on, id")
    List<AssignmentRow> findByPartner(long partnerId);

    List<AssignmentRow> findByCampaignIdOrderById(long campaignId);

    @Query("SELECT * FROM assignment WHERE partner_id = :partnerId AND onboarding_week IS NOT NULL ORDER BY user_id, due_on, id")
    List<AssignmentRow> findOnboardingByPartner(long partnerId);

    List<AssignmentRow> findByRuleIdOrderById(long ruleId);

    @Query("SELECT * FROM assignment WHERE partner_id = :partnerId AND onboarding_week IS NOT NULL AND completed_at IS NULL ORDER BY id")
    List<AssignmentRow> findOpenOnboardingByPartner(long partnerId);

    @Query("SELECT DISTINCT partner_id FROM assignment WHERE onboarding_week IS NOT NULL AND completed_at IS NULL")
    List<Long> findPartnersWithOpenOnboarding();

    /** An open onboarding assignment follows its step to another week. */
    @Query("UPDATE assignment SET due_on = :dueOn, onboarding_week = :week WHERE id = :id AND completed_at IS NULL")
    void moveToWeek(long id, LocalDate dueOn, int week);

    /** Ends an open assignment that is no longer asked for, without it counting as done. */
    @Query("UPDATE assignment SET completed_at = :at, withdrawn_at = :at, open_key = NULL WHERE id = :id AND completed_at IS NULL")
    int withdraw(long id, Instant at);

    @Query("UPDATE assignment SET completed_at = :at, open_key = NULL WHERE id = :id AND completed_at IS NULL")
    int complete(long id, Instant at);

    /** Open assignments due on or before {@code until} whose reminder has not gone out, locked for this run. */
    @Query("""
            SELECT * FROM assignment
            WHERE completed_at IS NULL AND reminded_at IS NULL AND due_on <= :until AND due_on >= :today
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<AssignmentRow> claimReminders(LocalDate today, LocalDate until, int limit);

    /** Open assignments past their due date whose overdue notice has not gone out, locked for this run. */
    @Query("""
            SELECT * FROM assignment
            WHERE completed_at IS NULL AND overdue_notified_at IS NULL AND due_on < :today
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<AssignmentRow> claimOverdue(LocalDate today, int limit);

    /** The next open assignments after {@code afterId}, for the completion sweep. */
    @Query("SELECT * FROM assignment WHERE completed_at IS NULL AND id > :afterId ORDER BY id LIMIT :limit")
    List<AssignmentRow> findOpenAfter(long afterId, int limit);

    /** An open assignment joins a campaign, due no later than the campaign. */
    @Query("UPDATE assignment SET campaign_id = :campaignId, due_on = LEAST(due_on, :dueOn) WHERE id = :id")
    void joinCampaign(long id, long campaignId, LocalDate dueOn);

    @Query("UPDATE assignment SET reminded_at = :at WHERE id = :id")
    void markReminded(long id, Instant at);

    @Query("UPDATE assignment SET overdue_notified_at = :at WHERE id = :id")
    void markOverdueNotified(long id, Instant at);
}
