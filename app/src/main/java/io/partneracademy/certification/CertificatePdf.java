package io.partneracademy.certification;

import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Preferences;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.web.Language;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The certificate PDF: rendered from the record, then signed with the platform's key (a detached CMS signature,
 * adbe.pkcs7.detached) so a reader's signature panel shows who signed it and that it is unaltered. It is signed once,
 * at the first download, with the real time of signing (inside the signing certificate's validity, or signing
 * fails), and then served as stored: downloads are byte-identical and a later key rotation does not touch them. It is
 * written in the holder's language; each language's copy is signed and kept on its own.
 */
@Singleton
public class CertificatePdf {

    private final CertificateRenderer renderer;
    private final SigningKeys keys;
    private final Certifications certifications;
    private final SignedDocuments documents;
    private final TimestampAuthority timestamps;
    private final Clock clock;
    private final PersonPreferences preferences;
    private final PathRules paths;

    CertificatePdf(CertificateRenderer renderer, SigningKeys keys, Certifications certifications,
                   SignedDocuments documents, TimestampAuthority timestamps, Clock clock,
                   PersonPreferences preferences, PathRules paths) {
        this.preferences = preferences;
        this.paths = paths;
        this.renderer = renderer;
        this.keys = keys;
        this.certifications = certifications;
        this.documents = documents;
        this.timestamps = timestamps;
        this.clock = clock;
    }

    /**
     * The certificate in the holder's language (their profile's, else English) as first signed in it (signed now if
     * this is its first download in that language).
     */
    byte[] pdf(CertificationRow row) {
        Preferences holder = preferences.of(row.userId());
        Language language = holder.language().orElse(Language.DEFAULT);
        return documents.get(row, CertificationDocument.Kind.PDF, language.tag(),
                signedAt -> render(row, language.locale(), holder.zone(), signedAt));
    }

    /** Renders and signs now without keeping the result: for the warm-up and the benchmark. */
    byte[] renderNow(CertificationRow row) {
        return render(row, Language.DEFAULT.locale(), ZoneOffset.UTC, clock.instant());
    }

    private byte[] render(CertificationRow row, Locale locale, ZoneId zone, Instant signedAt) {
        // The path's title as issued, unless the path is translated into the holder's language.
        String title = paths.translatedTitle(row.pathId(), locale).orElse(row.pathTitle());
        return sign(renderer.render(CertificateRenderer.Content.of(row, certifications.verifyUrl(row.credentialId()),
                title, locale, zone)), signedAt, row.credentialId());
    }

    byte[] sign(byte[] unsigned, Instant signedAt, String credentialId) {
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            doc.setDocumentId(CertificateRenderer.documentId(credentialId));
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Partner Academy");
            signature.setReason("Certificate of certification " + credentialId);
            signature.setLocation(certifications.baseUrl());
            signature.setSignDate(CertificateRenderer.calendar(signedAt));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(8192);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), signedAt), options);
            // PDF/A: every annotation, the signature's (invisible) widget too, must be marked printable.
            for (var field : doc.getSignatureFields()) {
                for (var widget : field.getWidgets()) {
                    widget.setPrinted(true);
                    widget.getCOSObject().setNeedToBeUpdated(true);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 20_000);
            doc.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the authority's RFC 3161 token to the signer as an unsigned attribute, when one is configured. */
    private CMSSignedData timestamped(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        var token = timestamps.stamp(signer.getSignature());
        if (token.isEmpty()) {
            return signed;
        }
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.get().getEncoded()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private byte[] cms(byte[] content, Instant signedAt) throws IOException {
        try {
            SigningKeys.Key key = keys.pdf();
            try {
                key.certificate().checkValidity(Date.from(signedAt));
            } catch (java.security.cert.CertificateException e) {
                throw new IllegalStateException("The PDF signing certificate (" + key.certificate().getSubjectX500Principal()
                        + ", valid " + key.certificate().getNotBefore().toInstant() + " to "
                        + key.certificate().getNotAfter().toInstant() + ") is not valid at the signing time " + signedAt
                        + ": renew the keystore entry '" + SigningKeys.PDF + "'", e);
            }
            AttributeTable signed = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signedAt)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signed))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            return timestamped(data).getEncoded("DER");
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new IOException("Cannot sign the certificate: " + e.getMessage(), e);
        }
    }
}
