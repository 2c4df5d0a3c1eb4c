package io.partneracademy.assignments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rules and the people a JOIN rule reaches: current employees of the rule's partner (or of partners of its tier) whose
 * job title matches, who have neither had an assignment from this rule nor have the same work open already.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RuleRepository extends GenericRepository<RuleRow, Long> {

    RuleRow save(RuleRow row);

    RuleRow update(RuleRow row);

    void deleteById(long id);

    Optional<RuleRow> findById(long id);

    List<RuleRow> findAllOrderById();

    List<RuleRow> findByPartnerIdInOrderById(Collection<Long> partnerIds);

    /** Locks a rule until the transaction ends, so one node at a time reaches its people. */
    @Query("SELECT id FROM assignment_rule WHERE id = :id FOR UPDATE")
    List<Long> lock(long id);

    /** A person a rule reaches, and where they work. */
    @Introspected
    record Target(long userId, long partnerId) {
    }

    /** How many assignments a rule made and how many of them are done. */
    @Introspected
    record Made(long ruleId, int total, int done) {
    }

    @Query("""
            SELECT COUNT(*) FROM employment e JOIN partner p ON p.id = e.partner_id
            WHERE e.ended_on IS NULL AND (:partnerId IS NULL OR e.partner_id = :partnerId)
              AND (:tier IS NULL OR p.tier = :tier)
              AND (:title IS NULL OR LOWER(COALESCE(e.job_title, '')) LIKE CONCAT('%', LOWER(:title), '%'))
              AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.rule_id = :ruleId AND a.user_id = e.user_id)
              AND NOT EXISTS (SELECT 1 FROM assignment o WHERE o.open_key = CONCAT(e.user_id, ':', :kind, ':', :refId))""")
    int countReach(long ruleId, @Nullable Long partnerId, @Nullable String tier, @Nullable String title, WorkKind kind,
                   String refId);

    @Query("""
            SELECT e.user_id, e.partner_id FROM employment e JOIN partner p ON p.id = e.partner_id
            WHERE e.ended_on IS NULL AND (:partnerId IS NULL OR e.partner_id = :partnerId)
              AND (:tier IS NULL OR p.tier = :tier)
              AND (:title IS NULL OR LOWER(COALESCE(e.job_title, '')) LIKE CONCAT('%', LOWER(:title), '%'))
              AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.rule_id = :ruleId AND a.user_id = e.user_id)
              AND NOT EXISTS (SELECT 1 FROM assignment o WHERE o.open_key = CONCAT(e.user_id, ':', :kind, ':', :refId))
            ORDER BY e.user_id LIMIT :limit""")
    List<Target> reach(long ruleId, @Nullable Long partnerId, @Nullable String tier, @Nullable String title,
                       WorkKind kind, String refId, int limit);

    /** "userId:round" of every assignment the rule made in a round from {@code fromRound} on (rounds start with a day). */
    @Query("SELECT CONCAT(user_id, ':', rule_round) FROM assignment WHERE rule_id = :ruleId AND rule_round >= :fromRound")
    List<String> roundsFrom(long ruleId, String fromRound);

    /** The renewal rule has considered every certification expiring up to {@code until}. */
    @Query("UPDATE assignment_rule SET scanned_until = :until WHERE id = :id")
    void scanned(long id, java.time.Instant until);

    /** What a deleted rule made stays with the people, no longer linked to the rule. */
    @Query("UPDATE assignment SET rule_id = NULL WHERE rule_id = :ruleId")
    void detach(long ruleId);

    @Query("""
            SELECT rule_id, COUNT(*) AS total, SUM(CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END) AS done
            FROM assignment WHERE rule_id IS NOT NULL GROUP BY rule_id""")
    List<Made> made();
}
