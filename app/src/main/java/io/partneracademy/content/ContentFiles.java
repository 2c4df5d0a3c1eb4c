package io.partneracademy.content;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading authored files the same way everywhere, so a line number means the same line on every system: strict
 * UTF-8 (a wrong byte is a problem at its line, never a silent replacement), Unix line ends, and a size limit.
 */
public final class ContentFiles {

    /** No authored text file (YAML, Markdown, GIFT) may be larger than this; the largest shipped one is ~30 KB. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private ContentFiles() {
    }

    /**
     * A content file as UTF-8 text with Unix line ends; null with a problem at {@code display} when it cannot be
     * read, is larger than {@link #MAX_TEXT_BYTES} or is not valid UTF-8.
     */
    @Nullable
    public static String text(Path file, String display, Problems problems) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            problems.add(display, 1, "cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            problems.add(display, 1, "file is larger than " + MAX_TEXT_BYTES / 1024 + " KB");
            return null;
        }
        return decode(bytes, display, problems);
    }

    /** Bytes as UTF-8 text with Unix line ends and no byte order mark; null with a problem at the first bad byte. */
    @Nullable
    public static String decode(byte[] bytes, String display, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problems.add(display, lineAt(bytes, at), String.format("not valid UTF-8 (byte 0x%02X at offset %d); "
                    + "save the file as UTF-8", bytes[Math.min(at, bytes.length - 1)] & 0xFF, at));
            return null;
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
