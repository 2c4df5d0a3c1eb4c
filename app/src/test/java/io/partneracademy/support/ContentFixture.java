package io.partneracademy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small but complete content/ tree in a temporary folder: two paths and two courses, one of them for
 * Silver partners and above. Tests change single files to provoke exactly one problem.
 */
public final class ContentFixture {

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    public static ContentFixture create() {
        try {
            ContentFixture fixture = new ContentFixture(Files.createTempDirectory("pa-content"));
            fixture.write("paths/basics.yaml", """
                    id: basics
                    title: Basics Path
                    level: FOUNDATION
                    description: The basics.
                    courses:
                      - intro
                    validity-months: 12
                    """);
            fixture.write("paths/advanced.yaml", """
                    id: advanced
                    title: Advanced Path
                    level: PRACTITIONER
                    description: More.
                    prerequisite: basics
                    courses:
                      - intro
                      - silver-only
                    validity-months: 12
                    """);
            fixture.write("courses/intro/course.yaml", """
                    id: intro
                    title: Introduction
                    summary: Where everyone starts.
                    modules:
                      - id: first
                        title: First steps
                        lessons: [welcome, second-lesson]
                    """);
            fixture.write("courses/intro/welcome.md", lesson("Welcome", """
                    # Welcome

                    | Column | Value |
                    |---|---|
                    | a | b |

                    ```yaml
                    key: value
                    ```

                    Read the [second lesson](second-lesson.md) next, see ![diagram](images/diagram.svg).
                    """));
            fixture.write("courses/intro/second-lesson.md", lesson("Second lesson", "# Second\n\nMore text.\n"));
            fixture.write("courses/intro/images/diagram.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
            fixture.write("courses/silver-only/course.yaml", """
                    id: silver-only
                    title: Silver Secrets
                    summary: Only for Silver partners and above.
                    audience:
                      min-tier: SILVER
                    modules:
                      - id: only
                        title: Only module
                        lessons: [secret]
                    """);
            fixture.write("courses/silver-only/secret.md", lesson("Secret", "# Secret\n\nFor Silver and above.\n"));
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lesson file with a valid header and the given body. */
    public static String lesson(String title, String body) {
        return "---\ntitle: " + title + "\nminutes: 5\nobjectives:\n  - Understand " + title + "\n---\n" + body;
    }

    public Path root() {
        return root;
    }

    public ContentFixture write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture replace(String relative, String from, String to) {
        try {
            String text = Files.readString(root.resolve(relative));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relative + " does not contain " + from);
            }
            return write(relative, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
