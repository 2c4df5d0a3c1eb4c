package io.partneracademy.certification;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The signed PDF and badge of a certification, signed once per language (at the first download in it, with the real
 * time of signing) and then served from the database, so downloads are byte-identical and survive key rotations
 * unchanged.
 * <p>
 * Each step is its own statement on purpose: a reader that lost the insert race must see the winner's row, which a
 * repeatable-read snapshot taken before the insert would hide.
 */
@Singleton
class SignedDocuments {

    private final CertificationDocumentRepository documents;
    private final Clock clock;

    SignedDocuments(CertificationDocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** The stored document in the language (a tag), or the one {@code signer} makes now (given the signing time). */
    byte[] get(CertificationRow row, CertificationDocument.Kind kind, String language, Function<Instant, byte[]> signer) {
        return get(row, kind, language, signer, content -> true);
    }

    /**
     * As {@link #get(CertificationRow, CertificationDocument.Kind, String, Function)}, but a stored document that is no longer
     * {@code current} (signed in a shape outside verifiers refuse) is signed again and replaces it, once: of two
     * requests racing to replace it, the second finds the first one's document current.
     */
    byte[] get(CertificationRow row, CertificationDocument.Kind kind, String language, Function<Instant, byte[]> signer,
               Predicate<byte[]> current) {
        var stored = documents.findByCertificationIdAndKindAndLanguage(row.id(), kind, language);
        if (stored.isPresent() && current.test(stored.get().content())) {
            return stored.get().content();
        }
        Instant now = clock.instant();
        if (stored.isPresent()) {
            documents.replace(stored.get().id(), stored.get().signedAt(), signer.apply(now), now);
        } else {
            documents.insertIfAbsent(row.id(), kind.name(), language, signer.apply(now), now);
        }
        return documents.findByCertificationIdAndKindAndLanguage(row.id(), kind, language).orElseThrow().content();
    }
}
