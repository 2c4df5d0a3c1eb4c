package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoSettingChangeRepository extends CrudRepository<SsoSettingChange, Long> {

    @Query("SELECT * FROM sso_setting_change WHERE partner_id = :partnerId ORDER BY changed_at DESC, id DESC "
            + "LIMIT :limit")
    List<SsoSettingChange> findLatestOfPartner(long partnerId, int limit);

    @Query("SELECT * FROM sso_setting_change ORDER BY changed_at DESC, id DESC LIMIT :limit")
    List<SsoSettingChange> findLatest(int limit);

    /**
     * The lines that pass a filter (company, kinds, time range), newest written first, older than line {@code before}
     * when given: one page of the trail, or one batch of its CSV.
     */
    @Query("SELECT * FROM sso_setting_change WHERE (:partnerId IS NULL OR partner_id = :partnerId) "
            + "AND kind IN (:kinds) AND (:from IS NULL OR changed_at >= :from) "
            + "AND (:until IS NULL OR changed_at < :until) AND (:before IS NULL OR id < :before) "
            + "ORDER BY id DESC LIMIT :limit")
    List<SsoSettingChange> findPage(@Nullable Long partnerId, List<String> kinds, @Nullable Instant from,
                                    @Nullable Instant until, @Nullable Long before, int limit);
}
