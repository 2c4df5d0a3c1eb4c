package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "is this certificate PDF genuine and unmodified?" for a file someone uploads: it is when its bytes are
 * exactly the signed file we issued for the credential its signature names. Comparing with our own stored copy is
 * stronger than checking the signature alone: a file re-saved by a reader or with anything appended is reported
 * as changed even though its first signature still holds.
 */
@Singleton
class PdfVerification {

    private static final Pattern CREDENTIAL = Pattern.compile("([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

    private final CertificationRepository certifications;
    private final CertificationDocumentRepository documents;
    private final Certifications views;

    PdfVerification(CertificationRepository certifications, CertificationDocumentRepository documents,
                    Certifications views) {
        this.certifications = certifications;
        this.documents = documents;
        this.views = views;
    }

    enum Outcome { GENUINE, CHANGED, NOT_OURS, NOT_A_PDF }

    /** The outcome, with the credential's live verification (for the visitor) when the file is genuine. */
    record Result(Outcome outcome, @Nullable CertificationViews.Verified verified) {
    }

    /** Whether the upload is a certificate we issued, unchanged; its certification named in the visitor's language. */
    Result check(byte[] upload, java.util.Locale visitor) {
        String named;
        try {
            named = credentialNamedIn(upload);
        } catch (IOException e) {
            return new Result(Outcome.NOT_A_PDF, null);
        }
        Optional<CertificationRow> row = Optional.ofNullable(named).flatMap(CredentialIds::normalize)
                .flatMap(certifications::findByCredentialId);
        List<CertificationDocument> issued = row.map(r -> documents.findByCertificationIdAndKind(r.id(),
                CertificationDocument.Kind.PDF)).orElse(List.of());
        if (issued.isEmpty()) {
            return new Result(Outcome.NOT_OURS, null);
        }
        // One copy per language the holder downloaded it in; the file must be one of them, byte for byte.
        if (issued.stream().noneMatch(copy -> MessageDigest.isEqual(copy.content(), upload))) {
            return new Result(Outcome.CHANGED, null);
        }
        return new Result(Outcome.GENUINE, views.verify(row.get().credentialId(), visitor));
    }

    /** The credential id in the file's signature reason, or null if no signature names one. */
    private static @Nullable String credentialNamedIn(byte[] upload) throws IOException {
        try (PDDocument doc = Loader.loadPDF(upload)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            for (PDSignature signature : signatures) {
                Matcher m = CREDENTIAL.matcher(signature.getReason() == null ? "" : signature.getReason());
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }
    }
}
