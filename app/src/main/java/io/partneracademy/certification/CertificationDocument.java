package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed file of a certification as first signed, in one language; see V073 and V102. */
@MappedEntity("certification_document")
record CertificationDocument(@Id @GeneratedValue @Nullable Long id, long certificationId, Kind kind, String language,
                             byte[] content, Instant signedAt) {

    enum Kind { PDF, BADGE }
}
