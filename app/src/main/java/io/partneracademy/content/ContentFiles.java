package io.partneracademy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading authored files the same way everywhere, so a line number means the same line on every system. */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** A content file as UTF-8 text with Unix line ends. */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
