package io.partneracademy.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An upload on its way to the {@link FileStorage}: passes the bytes through while counting, decides the file's type
 * from its first bytes once they are read (or at the end of a shorter file), and throws at the first byte over the
 * size limit, so the store never completes a refused file. The feature that takes the upload says which types it
 * accepts and which refusal each case is (its own messages).
 *
 * @param <T> the feature's file type
 */
public final class CheckedUpload<T> extends FilterInputStream {

    /** Decides a file's type from its first {@code length} bytes, or throws the feature's refusal. */
    @FunctionalInterface
    public interface TypeCheck<T> {
        T type(byte[] head, int length);
    }

    private final long maxBytes;
    private final TypeCheck<T> typeCheck;
    private final Supplier<RuntimeException> tooLarge;
    private final Supplier<RuntimeException> empty;
    private final byte[] head;
    private int headLength;
    private long total;
    private T type;

    /**
     * @param headBytes how many leading bytes the type check needs to decide
     * @param typeCheck the type from the first bytes, or the refusal of a type the feature does not take
     * @param tooLarge  the refusal of a file over {@code maxBytes}
     * @param empty     the refusal of a file with no bytes
     */
    public CheckedUpload(InputStream in, long maxBytes, int headBytes, TypeCheck<T> typeCheck,
                         Supplier<RuntimeException> tooLarge, Supplier<RuntimeException> empty) {
        super(in);
        this.maxBytes = maxBytes;
        this.head = new byte[headBytes];
        this.typeCheck = typeCheck;
        this.tooLarge = tooLarge;
        this.empty = empty;
    }

    /** The file's type, known once the whole upload has been read. */
    public T type() {
        return type;
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
                throw empty.get();
            }
            if (type == null) {
                type = typeCheck.type(head, headLength);
            }
            return -1;
        }
        total += n;
        if (total > maxBytes) {
            throw tooLarge.get();
        }
        int toHead = Math.min(n, head.length - headLength);
        System.arraycopy(buffer, off, head, headLength, toHead);
        headLength += toHead;
        if (type == null && headLength == head.length) {
            type = typeCheck.type(head, headLength);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("an upload is read, not skipped");
    }
}
