package io.partneracademy.authoring;

import io.micronaut.context.ApplicationContext;
import io.partneracademy.content.ContentInvalidException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Command line: {@code check <content> [<exams>]} validates a content folder and an exams folder without a database;
 * {@code import <content> [<exams>]} validates both and imports them, all or nothing, into the configured database
 * (DATASOURCES_DEFAULT_URL). The exams folder defaults to {@code exams} next to the content folder. Exit code 1 on
 * problems, 2 on a wrong command line.
 */
public final class ContentCommand {

    private ContentCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and gives its exit code: 0 valid or imported, 1 problems (printed), 2 wrong usage. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3 || !(args[0].equals("check") || args[0].equals("import"))) {
            err.println("usage: ContentCommand check|import <content folder> [<exams folder>]");
            return 2;
        }
        Path content = Path.of(args[1]);
        Path exams = args.length == 3 ? Path.of(args[2]) : content.toAbsolutePath().normalize().resolveSibling("exams");
        try {
            if (args[0].equals("check")) {
                FolderImport.Validated trees = FolderImport.validate(content, exams, Set.of());
                out.println(content + ": valid (" + trees.content().paths().size() + " paths, "
                        + trees.content().courses().size() + " courses, " + trees.content().labs().size()
                        + " lab tracks)");
                out.println(trees.exams() == null ? exams + ": no exams folder"
                        : exams + ": valid (" + trees.exams().exams().size() + " exams)");
            } else {
                try (ApplicationContext context = ApplicationContext.builder()
                        .properties(Map.of("partneracademy.content.import-on-startup", "false"))
                        .start()) {
                    out.println(context.getBean(FolderImport.class).importAll(content, exams, null));
                }
            }
            return 0;
        } catch (ContentInvalidException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s); nothing imported");
            return 1;
        }
    }
}
