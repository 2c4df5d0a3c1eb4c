package io.partneracademy.certification;

import jakarta.inject.Singleton;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The platform's signing keys, from a PKCS#12 keystore: {@value #PDF} (RSA, signs certificate PDFs) and
 * {@value #BADGE} (Ed25519, signs Open Badges). When the file does not exist and generation is allowed, a
 * development keystore with self-signed certificates is created there; production configures its own file.
 * <p>
 * Rotating the badge key keeps the old one listed: rename the entry {@value #BADGE} to {@value #BADGE}-YYYY-MM
 * (keytool -changealias; a certificate-only entry is enough), then add a new {@value #BADGE} key. Every entry
 * named {@value #BADGE}-… stays in the issuer's DID document, so badges signed with it still verify.
 */
@Singleton
class SigningKeys {

    static final String PDF = "certificates";
    static final String BADGE = "badges";
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final Key pdf;
    private final Key badge;
    private final List<PublicKey> earlierBadgeKeys = new ArrayList<>();

    SigningKeys(CertificationSettings settings) {
        char[] password = settings.keystorePassword().toCharArray();
        Path file = settings.keystore().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                if (!settings.generateKeystore()) {
                    throw new IllegalStateException("No signing keystore at " + file + " (partneracademy.certification"
                            + ".keystore), and generating one is switched off");
                }
                generate(file, password);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            this.pdf = read(store, PDF, password, file);
            this.badge = read(store, BADGE, password, file);
            for (String alias : Collections.list(store.aliases())) {
                if (alias.startsWith(BADGE + "-") && store.getCertificate(alias) != null) {
                    earlierBadgeKeys.add(store.getCertificate(alias).getPublicKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /** A private key and its certificate. */
    record Key(PrivateKey privateKey, X509Certificate certificate) {
    }

    Key pdf() {
        return pdf;
    }

    Key badge() {
        return badge;
    }

    /** Badge keys used before the current one, still listed so what they signed still verifies. */
    List<PublicKey> earlierBadgeKeys() {
        return List.copyOf(earlierBadgeKeys);
    }

    private static Key read(KeyStore store, String alias, char[] password, Path file) throws GeneralSecurityException {
        java.security.Key key = store.getKey(alias, password);
        Certificate certificate = store.getCertificate(alias);
        if (!(key instanceof PrivateKey privateKey) || !(certificate instanceof X509Certificate x509)) {
            throw new IllegalStateException("The signing keystore " + file + " has no private key entry '" + alias + "'");
        }
        return new Key(privateKey, x509);
    }

    private static void generate(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        add(store, PDF, rsa.generateKeyPair(), "SHA256withRSA", "Partner Academy certificates (development)", password);
        add(store, BADGE, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "Ed25519",
                "Partner Academy badges (development)", password);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "signing-keys", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Generated a development signing keystore at {}. Production configures its own keystore "
                + "(partneracademy.certification.keystore and keystore-password).", file);
    }

    static void add(KeyStore store, String alias, KeyPair pair, String algorithm, String name, char[] password)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        add(store, alias, pair, algorithm, name, password, now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    }

    /** Adds a key with a self-signed certificate valid between the two instants. */
    static void add(KeyStore store, String alias, KeyPair pair, String algorithm, String name, char[] password,
                    Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        X500Name subject = new X500Name("CN=" + name + ",O=Partner Academy");
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                            Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic())
                            .build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[]{certificate});
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
