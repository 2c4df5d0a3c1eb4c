package io.partneracademy.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Streams a stored file to the client as an attachment, whole or one byte range (206) at a time, so a broken
 * download of a large file resumes where it stopped. Stored files never change under their key, so the key is
 * the entity tag {@code If-Range} is compared with.
 */
@Singleton
public class FileDownloads {

    private final FileStorage storage;

    FileDownloads(FileStorage storage) {
        this.storage = storage;
    }

    /** The response for the file under the key, or empty when there is no such file. */
    public Optional<MutableHttpResponse<?>> send(String key, String contentType, String fileName,
                                                 @Nullable String range, @Nullable String ifRange) {
        Optional<Long> size = storage.size(key);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        String etag = "\"" + key.replace('/', '-') + "\"";
        ByteRange.Parsed parsed = ifRange != null && !ifRange.equals(etag) ? new ByteRange.Whole()
                : ByteRange.parse(range, size.get());
        MutableHttpResponse<?> response;
        if (parsed instanceof ByteRange.Unsatisfiable) {
            response = HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size.get());
        } else if (parsed instanceof ByteRange.Partial p) {
            response = body(key, contentType, p.range(), HttpStatus.PARTIAL_CONTENT)
                    .header(HttpHeaders.CONTENT_RANGE,
                            "bytes " + p.range().start() + "-" + p.range().end() + "/" + size.get());
        } else {
            response = body(key, contentType, new ByteRange(0, size.get()), HttpStatus.OK);
        }
        return Optional.of(response
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff"));
    }

    private MutableHttpResponse<?> body(String key, String contentType, ByteRange range, HttpStatus status) {
        try {
            var in = storage.read(key, range.start(), range.length());
            return HttpResponse.status(status).body(new StreamedFile(in, MediaType.of(contentType), -1, range.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + key + " from " + storage.describe(), e);
        }
    }

    /** An attachment with a harmless ASCII name and the real one in RFC 5987 form. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
