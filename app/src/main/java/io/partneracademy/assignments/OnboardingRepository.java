package io.partneracademy.assignments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Onboarding plans: the default one and partners' own copies. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OnboardingRepository extends GenericRepository<OnboardingPlanRow, Long> {

    OnboardingPlanRow save(OnboardingPlanRow row);

    Optional<OnboardingPlanRow> findByPartnerId(long partnerId);

    @Query("SELECT * FROM onboarding_plan WHERE partner_id IS NULL ORDER BY id LIMIT 1")
    Optional<OnboardingPlanRow> findDefault();

    /** Locks the plan until the transaction ends, so two editors change it one after the other. */
    @Query("SELECT id FROM onboarding_plan WHERE id = :id FOR UPDATE")
    List<Long> lock(long id);

    @Query("UPDATE onboarding_plan SET updated_by = :by, updated_at = :at WHERE id = :id")
    void touch(long id, long by, java.time.Instant at);

    @Query("DELETE FROM onboarding_plan WHERE id = :id")
    void delete(long id);
}
