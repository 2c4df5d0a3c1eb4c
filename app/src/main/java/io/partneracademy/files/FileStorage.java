package io.partneracademy.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the application keeps uploaded files: a local folder on one node, an S3-compatible object store when
 * several nodes serve the same database. Keys are chosen by the caller (random, never a client's file name).
 */
public interface FileStorage extends AutoCloseable {

    /**
     * Reads the stream to its end and stores it under the key. When the stream (or the store) throws, nothing is
     * stored under the key and no partial upload is left behind; the exception reaches the caller unchanged.
     *
     * @return the number of bytes stored
     */
    long write(String key, InputStream in) throws IOException;

    /** The stored file's size, or empty when there is no file under the key. */
    Optional<Long> size(String key);

    /** Streams {@code length} bytes from {@code offset} of the stored file; the caller closes the stream. */
    InputStream read(String key, long offset, long length) throws IOException;

    /** Removes the file; a missing one is not an error. */
    void delete(String key);

    /** Every stored key (for moving files between stores); the caller closes the stream. */
    Stream<String> keys() throws IOException;

    /** What this store is, for logs and commands ("folder /srv/pa/files", "s3://bucket/prefix"). */
    String describe();

    /** Releases connections; the files stay. */
    @Override
    default void close() {
    }

    /** Refuses keys that could leave the store's namespace or collide with temporary files. */
    static String checkKey(String key) {
        if (key == null || key.length() > 200 || !key.matches("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*")
                || key.contains("..") || key.contains(".part-")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
