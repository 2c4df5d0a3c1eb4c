package io.partneracademy.labs;

import io.partneracademy.files.CheckedUpload;
import io.partneracademy.files.FileStorage;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
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
        CheckedUpload<FileType> checked = new CheckedUpload<>(in, maxBytes, FileType.HEAD_BYTES,
                (head, length) -> FileType.detect(head, length).filter(allowed::contains)
                        .orElseThrow(() -> UploadRefusedException.wrongType(
                                allowed.stream().map(FileType::label).collect(Collectors.joining(", ")))),
                () -> UploadRefusedException.tooLarge(FileSizes.label(maxBytes)), UploadRefusedException::empty);
        try {
            long size = storage.write(key, checked);
            return new Stored(key, checked.type(), size);
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
}
