package io.partneracademy.labs;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a lab task may ask for, recognised from their first bytes (magic numbers), never from the
 * name or the type the browser claims.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    ZIP("application/zip", "zip"),
    TEXT("text/plain; charset=utf-8", "txt");

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD_BYTES = 8192;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The name authors write in {@code file-types}: pdf, png, jpeg, gif, zip, text. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an author's file type name. */
    public static Optional<FileType> parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("JPG")) {
            n = "JPEG";
        } else if (n.equals("TXT")) {
            n = "TEXT";
        }
        try {
            return Optional.of(FileType.valueOf(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The type of a file from its first bytes; empty when it is none of ours. Text is UTF-8 without NUL bytes
     * (a multi-byte character cut at the end of the head is allowed).
     */
    public static Optional<FileType> detect(byte[] head, int length) {
        if (startsWith(head, length, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, length, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, GIF87) || startsWith(head, length, GIF89)) {
            return Optional.of(GIF);
        }
        if (startsWith(head, length, ZIP_MAGIC)) {
            return Optional.of(ZIP);
        }
        return isText(head, length) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] head, int length) {
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        // A character cut by the head's end is fine: drop up to 3 trailing bytes of an incomplete sequence.
        for (int cut = 0; cut <= Math.min(3, length - 1); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (length < HEAD_BYTES) {
                    return false;
                }
            }
        }
        return false;
    }
}
