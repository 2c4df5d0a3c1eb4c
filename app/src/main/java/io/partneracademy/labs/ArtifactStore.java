package io.partneracademy.labs;

import io.partneracademy.files.FileStorage;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps uploaded files in the file store under random keys (never the client's file name). The upload streams
 * through a check that refuses it as soon as it passes the size limit or its first bytes show a type the task does
 * not accept; the store keeps nothing of a refused upload.
 */
@Singleton
class ArtifactStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final FileStorage storage;
    private final SecureRandom random = new SecureRandom();

    ArtifactStore(FileStorage storage) {
        this.storage = storage;
    }

    /** A file that was accepted and stored. */
    record Stored(String key, FileType type, long size) {
    }

    /** Streams the upload to the store; throws {@link UploadRefusedException} (leaving nothing behind) when refused. */
    Stored receive(InputStream in, long maxBytes, List<FileType> allowed) {
        String key = newKey();
        Checked checked = new Checked(in, maxBytes, allowed);
        try {
            long size = storage.write(key, checked);
            return new Stored(key, checked.type, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the key has the form this store gives out (anything else is never looked up). */
    static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    void delete(String key) {
        if (KEY.matcher(key).matches()) {
            storage.delete(key);
        }
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Passes the upload through while counting; decides the type once the head is read (or at the end of a short
     * file), and throws at the first byte over the limit, so the store never completes a refused file.
     */
    private static final class Checked extends FilterInputStream {

        private final long maxBytes;
        private final List<FileType> allowed;
        private final byte[] head = new byte[FileType.HEAD_BYTES];
        private int headLength;
        private long total;
        private FileType type;

        Checked(InputStream in, long maxBytes, List<FileType> allowed) {
            super(in);
            this.maxBytes = maxBytes;
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n == -1) {
                if (total == 0) {
                    throw UploadRefusedException.empty();
                }
                if (type == null) {
                    type = checkType();
                }
                return -1;
            }
            total += n;
            if (total > maxBytes) {
                throw UploadRefusedException.tooLarge(FileSizes.label(maxBytes));
            }
            int toHead = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, off, head, headLength, toHead);
            headLength += toHead;
            if (type == null && headLength == head.length) {
                type = checkType();
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("an upload is read, not skipped");
        }

        private FileType checkType() {
            Optional<FileType> detected = FileType.detect(head, headLength).filter(allowed::contains);
            return detected.orElseThrow(() -> UploadRefusedException.wrongType(
                    allowed.stream().map(FileType::label).collect(Collectors.joining(", "))));
        }
    }
}
