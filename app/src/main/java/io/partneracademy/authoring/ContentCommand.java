package io.partneracademy.authoring;

import io.micronaut.context.ApplicationContext;
import io.partneracademy.content.ContentInvalidException;

import java.nio.file.Path;

/**
 * Command line: {@code check <dir>} validates a content folder without a database; {@code import <dir>}
 * validates and imports it into the configured database (DATASOURCES_DEFAULT_URL). Exit code 1 on problems.
 */
public final class ContentCommand {

    private ContentCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].equals("check") || args[0].equals("import"))) {
            System.err.println("usage: ContentCommand check|import <content folder>");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        try {
            if (args[0].equals("check")) {
                ContentTree tree = ContentTree.read(dir);
                System.out.println(dir + ": valid (" + tree.paths().size() + " paths, " + tree.courses().size()
                        + " courses, " + tree.labs().size() + " lab tracks)");
            } else {
                try (ApplicationContext context = ApplicationContext.builder()
                        .properties(java.util.Map.of("partneracademy.content.import-on-startup", "false"))
                        .start()) {
                    System.out.println(context.getBean(ContentImporter.class).importTree(dir, null));
                }
            }
        } catch (ContentInvalidException e) {
            e.problems().forEach(System.err::println);
            System.err.println(e.problems().size() + " problem(s); nothing imported");
            System.exit(1);
        }
    }
}
