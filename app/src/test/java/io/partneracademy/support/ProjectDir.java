package io.partneracademy.support;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
