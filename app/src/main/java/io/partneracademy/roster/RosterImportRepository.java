package io.partneracademy.roster;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RosterImportRepository extends CrudRepository<RosterImportRow, Long> {

    /**
     * Locks every import of the partner: two confirmations for one company (two tabs, two files) run one after the
     * other, and the second sees what the first wrote.
     */
    @Query("SELECT id FROM roster_import WHERE partner_id = :partnerId FOR UPDATE")
    List<Long> lockPartner(long partnerId);

    @Query("""
            UPDATE roster_import SET status = 'APPLIED', applied_by = :appliedBy, applied_at = :appliedAt,
                leaving_applied = :leavingApplied, invited = :invited, updated = :updated, left_count = :leftCount,
                content = ''
            WHERE id = :id AND status = 'PREVIEWED'""")
    int markApplied(long id, long appliedBy, Instant appliedAt, boolean leavingApplied, int invited, int updated,
                    int leftCount);

    List<RosterImportRow> findTop10ByPartnerIdOrderByIdDesc(long partnerId);

    /** Forgets previews nobody confirmed in time: their files (people's names and addresses) are not kept. */
    @Query("DELETE FROM roster_import WHERE status = 'PREVIEWED' AND uploaded_at < :before")
    int deletePreviewsUploadedBefore(Instant before);
}
