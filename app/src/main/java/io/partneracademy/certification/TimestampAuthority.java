package io.partneracademy.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * An RFC 3161 timestamp authority, when one is configured ({@code partneracademy.certification.timestamp-authority}):
 * it countersigns a PDF signature's value, so the time of signing no longer rests on our word alone. Without a
 * URL, certificates carry only the CMS signing time.
 */
@Singleton
class TimestampAuthority {

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();

    TimestampAuthority(@Nullable @Value("${partneracademy.certification.timestamp-authority:}") String url) {
        this.url = url == null || url.isBlank() ? null : URI.create(url.trim());
    }

    /** A timestamp token over the SHA-256 of the signature value, or empty when no authority is configured. */
    Optional<TimeStampToken> stamp(byte[] signature) throws IOException {
        if (url == null) {
            return Optional.empty();
        }
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256,
                    MessageDigest.getInstance("SHA-256").digest(signature), new BigInteger(64, random));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("The timestamp authority " + url + " answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("The timestamp authority " + url + " refused: " + response.getStatusString());
            }
            return Optional.of(response.getTimeStampToken());
        } catch (TSPException | NoSuchAlgorithmException e) {
            throw new IOException("The timestamp authority " + url + " gave no valid timestamp: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking the timestamp authority " + url, e);
        }
    }
}
