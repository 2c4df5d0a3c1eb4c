package io.partneracademy.labs;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps uploaded files in the configured directory under random names (never the client's file name). A file is
 * streamed to a temporary name, refused as soon as it passes the size limit or its first bytes show a type the
 * task does not accept, and only renamed into place once it is accepted.
 */
@Singleton
class ArtifactStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final String PARTIAL = ".part";

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    ArtifactStore(LabSettings settings) {
        this.dir = settings.uploadDir().toAbsolutePath().normalize();
    }

    /** A file that was accepted and stored. */
    record Stored(String key, FileType type, long size) {
    }

    /** Streams the upload to disk; throws {@link UploadRefusedException} (leaving nothing behind) when refused. */
    Stored receive(InputStream in, long maxBytes, List<FileType> allowed) {
        String key = newKey();
        Path partial = dir.resolve(key + PARTIAL);
        try {
            Files.createDirectories(dir);
            FileType type;
            long size;
            try (OutputStream out = Files.newOutputStream(partial)) {
                Copy copy = new Copy(in, out, maxBytes, allowed);
                type = copy.run();
                size = copy.total;
            }
            Files.move(partial, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, type, size);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** The stored file, or empty when the key is malformed or the file is gone. */
    Optional<Path> open(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(String key) {
        if (KEY.matcher(key).matches()) {
            deleteQuietly(dir.resolve(key));
        }
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    /** Copies while counting; decides the type once the head is read, and stops at the first byte over the limit. */
    private static final class Copy {

        private final InputStream in;
        private final OutputStream out;
        private final long maxBytes;
        private final List<FileType> allowed;
        private final byte[] head = new byte[FileType.HEAD_BYTES];
        private int headLength;
        private long total;
        private FileType type;

        Copy(InputStream in, OutputStream out, long maxBytes, List<FileType> allowed) {
            this.in = in;
            this.out = out;
            this.maxBytes = maxBytes;
            this.allowed = allowed;
        }

        FileType run() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw UploadRefusedException.tooLarge(Sizes.label(maxBytes));
                }
                int toHead = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, toHead);
                headLength += toHead;
                if (type == null && headLength == head.length) {
                    type = checkType();
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw UploadRefusedException.empty();
            }
            return type != null ? type : checkType();
        }

        private FileType checkType() {
            Optional<FileType> detected = FileType.detect(head, headLength).filter(allowed::contains);
            return detected.orElseThrow(() -> UploadRefusedException.wrongType(
                    allowed.stream().map(FileType::label).collect(Collectors.joining(", "))));
        }
    }
}
