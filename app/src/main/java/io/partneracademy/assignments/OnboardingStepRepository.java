package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The steps of onboarding plans. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OnboardingStepRepository extends GenericRepository<OnboardingStepRow, Long> {

    OnboardingStepRow save(OnboardingStepRow row);

    @Query("SELECT * FROM onboarding_step WHERE plan_id = :planId ORDER BY week, id")
    List<OnboardingStepRow> findByPlan(long planId);

    @Query("""
            UPDATE onboarding_step SET week = :week, kind = :kind, ref_id = :refId, title = :title,
                job_title = :jobTitle, title_key = :titleKey
            WHERE id = :id AND plan_id = :planId""")
    int update(long id, long planId, int week, WorkKind kind, String refId, String title, @Nullable String jobTitle,
               @Nullable String titleKey);

    @Query("DELETE FROM onboarding_step WHERE id = :id AND plan_id = :planId")
    int delete(long id, long planId);
}
