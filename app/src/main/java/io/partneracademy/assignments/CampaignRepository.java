package io.partneracademy.assignments;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignRepository extends GenericRepository<CampaignRow, Long> {

    CampaignRow save(CampaignRow row);

    Optional<CampaignRow> findFirstByPartnerIdOrderByIdDesc(long partnerId);
}
