package io.partneracademy.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationDocumentRepository extends GenericRepository<CertificationDocument, Long> {

    Optional<CertificationDocument> findByCertificationIdAndKindAndLanguage(long certificationId,
                                                                            CertificationDocument.Kind kind,
                                                                            String language);

    /** Every language's copy of the document. */
    List<CertificationDocument> findByCertificationIdAndKind(long certificationId, CertificationDocument.Kind kind);

    /** Keeps the first signed copy: a second signer racing the first loses quietly and reads the winner's. */
    @Query("""
            INSERT IGNORE INTO certification_document (certification_id, kind, language, content, signed_at)
            VALUES (:certificationId, :kind, :language, :content, :signedAt)""")
    void insertIfAbsent(long certificationId, String kind, String language, byte[] content, Instant signedAt);

    /** Replaces a stored document that is still the one read (same signing time); a racing replacement wins. */
    @Query("""
            UPDATE certification_document SET content = :content, signed_at = :signedAt
            WHERE id = :id AND signed_at = :readSignedAt""")
    void replace(long id, Instant readSignedAt, byte[] content, Instant signedAt);
}
