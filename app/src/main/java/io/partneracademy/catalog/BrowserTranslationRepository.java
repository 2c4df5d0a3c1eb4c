package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Translations saved in the browser that the files do not hold yet (ADR 0050). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BrowserTranslationRepository extends GenericRepository<Course, String> {

    /** A new save replaces the row of the same translation and forgets that an import kept the earlier one. */
    @Query("""
            INSERT INTO browser_translation (kind, owner_id, item_id, language, text_hash, saved_by, saved_at)
            VALUES (:kind, :ownerId, :itemId, :language, :textHash, :savedBy, :savedAt)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), saved_by = VALUES(saved_by),
                saved_at = VALUES(saved_at), kept_at = NULL, kept_file = NULL, kept_file_hash = NULL""")
    void upsert(String kind, String ownerId, String itemId, String language, String textHash, @Nullable Long savedBy,
                Instant savedAt);

    @Query("""
            SELECT b.kind, b.owner_id, b.item_id, b.language, b.text_hash, b.saved_by, u.display_name, b.saved_at,
                b.kept_at, b.kept_file, b.kept_file_hash
            FROM browser_translation b LEFT JOIN app_user u ON u.id = b.saved_by
            WHERE b.kind IN (:kinds) AND b.owner_id = :ownerId ORDER BY b.kind, b.item_id, b.language""")
    List<Row> findByOwner(List<String> kinds, String ownerId);

    @Query("""
            SELECT b.kind, b.owner_id, b.item_id, b.language, b.text_hash, b.saved_by, u.display_name, b.saved_at,
                b.kept_at, b.kept_file, b.kept_file_hash
            FROM browser_translation b LEFT JOIN app_user u ON u.id = b.saved_by
            WHERE b.kept_at IS NOT NULL ORDER BY b.owner_id, b.kind, b.item_id, b.language""")
    List<Row> findKept();

    @Query("""
            DELETE FROM browser_translation
            WHERE kind = :kind AND owner_id = :ownerId AND item_id = :itemId AND language = :language""")
    void delete(String kind, String ownerId, String itemId, String language);

    @Query("""
            UPDATE browser_translation SET text_hash = :textHash
            WHERE kind = :kind AND owner_id = :ownerId AND item_id = :itemId AND language = :language""")
    void rehash(String kind, String ownerId, String itemId, String language, String textHash);

    @Query("""
            UPDATE browser_translation SET kept_at = :keptAt, kept_file = :keptFile, kept_file_hash = :keptFileHash
            WHERE kind = :kind AND owner_id = :ownerId AND item_id = :itemId AND language = :language""")
    void markKept(String kind, String ownerId, String itemId, String language, Instant keptAt, String keptFile,
                  String keptFileHash);

    /** A stored row, with the display name of the person who saved it (null once their account is gone). */
    @Introspected
    record Row(String kind, String ownerId, String itemId, String language, String textHash, @Nullable Long savedBy,
               @Nullable String displayName, Instant savedAt, @Nullable Instant keptAt, @Nullable String keptFile,
               @Nullable String keptFileHash) {
    }
}
