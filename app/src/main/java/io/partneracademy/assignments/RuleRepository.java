package io.partneracademy.assignments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Rules and the people they reach: current employees of partners of the rule's tier whose job title matches, who
 * have neither had an assignment from this rule nor have the same work open already.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RuleRepository extends GenericRepository<RuleRow, Long> {

    RuleRow save(RuleRow row);

    List<RuleRow> findAllOrderById();

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
            WHERE e.ended_on IS NULL AND (:tier IS NULL OR p.tier = :tier)
              AND (:title IS NULL OR LOWER(COALESCE(e.job_title, '')) LIKE CONCAT('%', LOWER(:title), '%'))
              AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.rule_id = :ruleId AND a.user_id = e.user_id)
              AND NOT EXISTS (SELECT 1 FROM assignment o WHERE o.open_key = CONCAT(e.user_id, ':', :kind, ':', :refId))""")
    int countReach(long ruleId, @Nullable String tier, @Nullable String title, WorkKind kind, String refId);

    @Query("""
            SELECT e.user_id, e.partner_id FROM employment e JOIN partner p ON p.id = e.partner_id
            WHERE e.ended_on IS NULL AND (:tier IS NULL OR p.tier = :tier)
              AND (:title IS NULL OR LOWER(COALESCE(e.job_title, '')) LIKE CONCAT('%', LOWER(:title), '%'))
              AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.rule_id = :ruleId AND a.user_id = e.user_id)
              AND NOT EXISTS (SELECT 1 FROM assignment o WHERE o.open_key = CONCAT(e.user_id, ':', :kind, ':', :refId))
            ORDER BY e.user_id LIMIT :limit""")
    List<Target> reach(long ruleId, @Nullable String tier, @Nullable String title, WorkKind kind, String refId, int limit);

    @Query("""
            SELECT rule_id, COUNT(*) AS total, SUM(CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END) AS done
            FROM assignment WHERE rule_id IS NOT NULL GROUP BY rule_id""")
    List<Made> made();
}
