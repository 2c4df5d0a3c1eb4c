package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;

/**
 * The label shown for an upload: the last segment of whatever name the client sent, without control or path
 * characters, at most 120 characters. It is never used as a path: files are stored under random keys.
 */
final class FileNames {

    private FileNames() {
    }

    static String label(@Nullable String clientName, FileType type) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() ? "artifact." + type.extension() : name;
    }
}
