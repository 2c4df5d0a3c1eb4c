package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code import-gift <file.gift> <exams/exam-id> [--section id]} adds the GIFT file as a new question
 * bank of the exam (nothing written when any question is refused); {@code export-gift <exams/exam-id> <file.gift>}
 * writes the exam's questions as GIFT; {@code import-qti <package.zip> <exams/exam-id> [--section id]} and
 * {@code export-qti <exams/exam-id> <package.zip>} do the same with QTI 3.0 content packages. Exit code 1 on
 * problems, 2 on a wrong command line.
 */
public final class ExamBankCommand {

    private ExamBankCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and gives its exit code: 0 done, 1 problems in the files (printed), 2 wrong usage. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean qti = args.length >= 1 && args[0].endsWith("-qti");
        boolean importing = args.length >= 3 && (args[0].equals("import-gift") || args[0].equals("import-qti"));
        boolean exporting = args.length == 3 && (args[0].equals("export-gift") || args[0].equals("export-qti"));
        boolean section = args.length == 5 && args[3].equals("--section");
        if (!(importing && (args.length == 3 || section) || exporting)) {
            err.println("usage: ExamBankCommand import-gift <file.gift> <exams/exam-id> [--section <id>]");
            err.println("       ExamBankCommand export-gift <exams/exam-id> <file.gift>");
            err.println("       ExamBankCommand import-qti <package.zip> <exams/exam-id> [--section <id>]");
            err.println("       ExamBankCommand export-qti <exams/exam-id> <package.zip>");
            return 2;
        }
        try {
            if (importing && qti) {
                Path zip = Path.of(args[1]);
                Path bank = QtiImport.importInto(zip.getFileName().toString(), Files.readAllBytes(zip),
                        Path.of(args[2]), section ? args[4] : null);
                out.println("wrote " + bank);
            } else if (importing) {
                Path bank = GiftImport.importInto(Path.of(args[1]), Path.of(args[2]), section ? args[4] : null);
                out.println("wrote " + bank);
            } else if (qti) {
                Files.write(Path.of(args[2]), QtiExport.export(Path.of(args[1])));
                out.println("wrote " + args[2]);
            } else {
                Files.writeString(Path.of(args[2]), GiftExport.export(Path.of(args[1])), StandardCharsets.UTF_8);
                out.println("wrote " + args[2]);
            }
            return 0;
        } catch (ContentInvalidException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s); nothing written");
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
