package io.partneracademy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The checkout's top folder, whichever folder Maven or the IDE was started from. */
public final class ProjectDir {

    private ProjectDir() {
    }

    public static Path get() {
        String configured = System.getProperty("pa.project.dir");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("migrations")) && Files.isDirectory(p.resolve("app"))) {
                return p;
            }
        }
        return start.toAbsolutePath();
    }

    /** A copy of one of the checkout's top folders (e.g. {@code exams}) in a new temporary folder, for tests that write. */
    public static Path copyOf(String folder) {
        try {
            Path from = get().resolve(folder);
            Path to = Files.createTempDirectory(folder);
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path p : paths.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
