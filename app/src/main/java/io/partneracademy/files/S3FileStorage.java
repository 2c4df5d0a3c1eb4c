package io.partneracademy.files;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files in an S3-compatible object store (AWS S3, MinIO, Ceph, R2). An upload is read one part at a time
 * ({@code partBytes}, 8 MiB by default, the only memory it takes): a file that fits one part is one PUT, a larger
 * one a multipart upload that is aborted when the stream or the store fails, so nothing is left behind.
 */
final class S3FileStorage implements FileStorage {

    private static final int MIN_PART = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partBytes;

    S3FileStorage(StorageSettings.S3 settings) {
        if (!present(settings.bucket())) {
            throw new IllegalStateException("partneracademy.storage.s3.bucket (PA_STORAGE_S3_BUCKET) is not set");
        }
        this.s3 = client(settings);
        this.bucket = settings.bucket();
        this.prefix = settings.prefix().isEmpty() || settings.prefix().endsWith("/") ? settings.prefix()
                : settings.prefix() + "/";
        this.partBytes = Math.max(MIN_PART, settings.partBytes());
    }

    private static S3Client client(StorageSettings.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // Only what S3 requires: stores other than AWS (older MinIO, Ceph, R2) refuse the newer defaults.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (present(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        if (present(settings.accessKey()) && present(settings.secretKey())) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public long write(String key, InputStream in) throws IOException {
        String object = object(key);
        byte[] part = new byte[partBytes];
        int filled = in.readNBytes(part, 0, part.length);
        if (filled < part.length) {
            // Ended within the first part: read to the end already, so one PUT stores the whole file or nothing.
            s3.putObject(b -> b.bucket(bucket).key(object), RequestBody.fromBytes(copy(part, filled)));
            return filled;
        }
        return multipart(object, in, part);
    }

    private long multipart(String object, InputStream in, byte[] part) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(object)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            int filled = part.length;
            while (filled > 0) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(object).uploadId(uploadId).partNumber(number),
                        RequestBody.fromBytes(copy(part, filled))).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                total += filled;
                filled = in.readNBytes(part, 0, part.length);
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            return total;
        } catch (IOException | RuntimeException | Error e) {
            abort(object, uploadId, e);
            throw e;
        }
    }

    private void abort(String object, String uploadId, Throwable cause) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static byte[] copy(byte[] buffer, int length) {
        return length == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, length);
    }

    @Override
    public Optional<Long> size(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(object(key))).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream read(String key, long offset, long length) {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        return s3.getObject(b -> b.bucket(bucket).key(object(key)).range(range));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(object(key)));
    }

    @Override
    public Stream<String> keys() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .map(k -> k.substring(prefix.length()));
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public void close() {
        s3.close();
    }

    private String object(String key) {
        return prefix + FileStorage.checkKey(key);
    }
}
