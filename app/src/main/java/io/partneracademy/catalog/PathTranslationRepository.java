package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Translations of certification paths' own text (V108). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PathTranslationRepository extends GenericRepository<LearningPath, String> {

    @Query("DELETE FROM path_translation WHERE path_id = :pathId")
    void deleteByPath(String pathId);

    @Query("""
            INSERT INTO path_translation (path_id, language, title, description, source_fingerprint, outdated)
            VALUES (:pathId, :language, :title, :description, :sourceFingerprint, :outdated)""")
    void insert(String pathId, String language, String title, String description, String sourceFingerprint,
                boolean outdated);

    @Query("""
            SELECT path_id, language, title, description, source_fingerprint, outdated FROM path_translation
            WHERE language = :language""")
    List<Row> findByLanguage(String language);

    @Query("""
            SELECT path_id, language, title, description, source_fingerprint, outdated FROM path_translation
            WHERE path_id = :pathId ORDER BY language""")
    List<Row> findByPath(String pathId);

    /** A stored path translation. */
    @Introspected
    record Row(String pathId, String language, String title, String description, String sourceFingerprint,
               boolean outdated) {
    }
}
