package io.partneracademy.assignments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Rules, what each made, and how far a renewal rule has looked ahead; whom a rule reaches is {@link JoinReach}'s. */
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

    /** How many assignments a rule made and how many of them are done. */
    @Introspected
    record Made(long ruleId, int total, int done) {
    }

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
