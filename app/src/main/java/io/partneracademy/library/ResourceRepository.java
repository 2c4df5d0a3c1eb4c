package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResourceRepository extends CrudRepository<Resource, String> {

    @Query("""
            INSERT INTO resource_version (resource_id, version, file_name, content_type, size_bytes, sha256, bytes,
                extracted_text, uploaded_at, uploaded_by)
            VALUES (:resourceId, :version, :fileName, :contentType, :sizeBytes, :sha256, :bytes, :extractedText,
                :uploadedAt, :uploadedBy)""")
    void insertVersion(String resourceId, int version, String fileName, String contentType, long sizeBytes,
                       String sha256, byte[] bytes, String extractedText, Instant uploadedAt,
                       @Nullable Long uploadedBy);

    @Query("""
            SELECT version, file_name, content_type, size_bytes, sha256, uploaded_at FROM resource_version
            WHERE resource_id = :resourceId ORDER BY version DESC""")
    List<VersionRow> findVersions(String resourceId);

    @Query("SELECT file_name, content_type, bytes FROM resource_version WHERE resource_id = :resourceId AND version = :version")
    Optional<FileRow> findFile(String resourceId, int version);

    @Query("SELECT extracted_text FROM resource_version WHERE resource_id = :resourceId AND version = :version")
    Optional<String> findText(String resourceId, int version);

    @Query("SELECT sha256 FROM resource_version WHERE resource_id = :resourceId AND version = :version")
    Optional<String> findSha(String resourceId, int version);

    @Query("SELECT id, current_version, updated_at FROM resource")
    List<StampRow> findStamps();

    @Query("""
            INSERT INTO resource_download (resource_id, user_id, partner_id, downloaded_at)
            VALUES (:resourceId, :userId, :partnerId, :at)""")
    void insertDownload(String resourceId, long userId, @Nullable Long partnerId, Instant at);

    @Query("SELECT COUNT(*) FROM resource_download WHERE resource_id = :resourceId")
    long countDownloads(String resourceId);

    @Query("SELECT COUNT(*) FROM resource_download WHERE resource_id = :resourceId AND partner_id = :partnerId")
    long countDownloadsByPartner(String resourceId, long partnerId);

    @Query("""
            SELECT r.id, r.title, r.type, r.language, COUNT(d.id) AS downloads FROM resource r
            JOIN resource_download d ON d.resource_id = r.id
            WHERE r.min_tier IN (:tiers)
            GROUP BY r.id, r.title, r.type, r.language ORDER BY downloads DESC, r.title LIMIT :limit""")
    List<PopularRow> findMostDownloaded(Collection<String> tiers, int limit);

    @Query("""
            SELECT p.name AS partner, COUNT(d.id) AS downloads FROM resource_download d
            JOIN partner p ON p.id = d.partner_id
            WHERE d.resource_id = :resourceId GROUP BY p.name ORDER BY downloads DESC, p.name""")
    List<PartnerDownloadsRow> findDownloadsByPartner(String resourceId);

    @Query("SELECT * FROM resource WHERE owner_email = :ownerEmail AND review_by < :today ORDER BY review_by")
    List<Resource> findStale(String ownerEmail, LocalDate today);

    @Query("SELECT * FROM resource WHERE review_by < :today ORDER BY review_by")
    List<Resource> findAllStale(LocalDate today);
}
