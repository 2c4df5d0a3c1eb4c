package io.partneracademy.live;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a session accepts, recognised from the first bytes (never from what the browser claims): slides and
 * handouts as materials, video as recordings. Office files are ZIP containers, so for them the name's extension says
 * which Office type the ZIP is.
 */
enum UploadType {
    PDF("application/pdf", "pdf", SessionFile.Kind.MATERIAL),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", SessionFile.Kind.MATERIAL),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", SessionFile.Kind.MATERIAL),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", SessionFile.Kind.MATERIAL),
    PNG("image/png", "png", SessionFile.Kind.MATERIAL),
    JPEG("image/jpeg", "jpg", SessionFile.Kind.MATERIAL),
    MP4("video/mp4", "mp4", SessionFile.Kind.RECORDING),
    WEBM("video/webm", "webm", SessionFile.Kind.RECORDING);

    /** How many leading bytes {@link #detect} needs. */
    static final int HEAD_BYTES = 12;

    private final String contentType;
    private final String extension;
    private final SessionFile.Kind kind;

    UploadType(String contentType, String extension, SessionFile.Kind kind) {
        this.contentType = contentType;
        this.extension = extension;
        this.kind = kind;
    }

    String contentType() {
        return contentType;
    }

    /** The types accepted for a kind of file, as the error message lists them. */
    static List<UploadType> forKind(SessionFile.Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }

    static String labels(SessionFile.Kind kind) {
        return String.join(", ", forKind(kind).stream().map(t -> t.extension.toUpperCase(Locale.ROOT)).toList());
    }

    /** The type of a file from its first bytes and its name, if it is one we know. */
    static Optional<UploadType> detect(byte[] head, int length, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (starts(head, length, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(head, length, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(head, length, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(head, length, new byte[]{'P', 'K', 3, 4})) {
            return Arrays.stream(new UploadType[]{PPTX, DOCX, XLSX})
                    .filter(t -> name.endsWith("." + t.extension)).findFirst();
        }
        if (starts(head, length, new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return Optional.of(WEBM);
        }
        if (length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return Optional.of(MP4);
        }
        return Optional.empty();
    }

    boolean is(SessionFile.Kind wanted) {
        return kind == wanted;
    }

    private static boolean starts(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
