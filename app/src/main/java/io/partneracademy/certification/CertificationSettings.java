package io.partneracademy.certification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.util.List;

/**
 * Certification settings.
 *
 * @param recertificationWindowDays how long before expiry passing the exam again renews the certification
 * @param reminderDays              days before expiry on which holders and their partner admins are reminded
 * @param keystore                  the PKCS#12 file with the platform's signing keys
 * @param keystorePassword          its password
 * @param generateKeystore          create a development keystore when the file does not exist
 * @param verifyRequestsPerMinute   per client address, for the public verify pages
 * @param statusListRequestsPerMinute per client address, for the revocation lists (counted apart from the pages)
 * @param publishRevocationReason   show the admin's free-text reason on the public verify page (off: privacy)
 * @param serveCredentialAtVerifyUrl answer {@code Accept: application/ld+json} (or application/vc, vc+ld+json) on
 *                                  the verify URL, the credential's id, with the signed badge (ADR 0022)
 * @param linkedinOrganizationId    the LinkedIn company page id, so "Add to profile" shows its logo and link;
 *                                  without it LinkedIn gets the organisation's name only
 */
@ConfigurationProperties("partneracademy.certification")
public record CertificationSettings(@Bindable(defaultValue = "90") int recertificationWindowDays,
                                    @Bindable(defaultValue = "90,60,30,7") List<Integer> reminderDays,
                                    @Bindable(defaultValue = "data/signing-keys.p12") Path keystore,
                                    @Bindable(defaultValue = "development") String keystorePassword,
                                    @Bindable(defaultValue = "true") boolean generateKeystore,
                                    @Bindable(defaultValue = "60") int verifyRequestsPerMinute,
                                    @Bindable(defaultValue = "1200") int statusListRequestsPerMinute,
                                    @Bindable(defaultValue = "false") boolean publishRevocationReason,
                                    @Bindable(defaultValue = "true") boolean serveCredentialAtVerifyUrl,
                                    @Nullable String linkedinOrganizationId) {
}
