package io.partneracademy.certification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/**
 * What the certificate shows besides the record: the program's logo and the signatory. All optional: without a
 * logo the page carries the program's name as a wordmark; without a signatory name there is no signature block.
 *
 * @param logo           a PNG or JPEG drawn at the top, at most 60 pt high
 * @param signatoryName  the person who signs for the program, printed under the signature line
 * @param signatoryTitle their role, printed under the name
 * @param signatureImage a PNG (transparent background) or JPEG of the signature, at most 40 pt high
 */
@ConfigurationProperties("partneracademy.certification.design")
public record CertificateDesign(@Nullable Path logo, @Nullable String signatoryName, @Nullable String signatoryTitle,
                                @Nullable Path signatureImage) {

    static CertificateDesign none() {
        return new CertificateDesign(null, null, null, null);
    }
}
