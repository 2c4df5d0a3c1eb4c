package io.partneracademy.sso;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoSettingChangeRepository extends CrudRepository<SsoSettingChange, Long> {

    @Query("SELECT * FROM sso_setting_change WHERE partner_id = :partnerId ORDER BY changed_at DESC, id DESC "
            + "LIMIT :limit")
    List<SsoSettingChange> findLatestOfPartner(long partnerId, int limit);

    @Query("SELECT * FROM sso_setting_change ORDER BY changed_at DESC, id DESC LIMIT :limit")
    List<SsoSettingChange> findLatest(int limit);
}
