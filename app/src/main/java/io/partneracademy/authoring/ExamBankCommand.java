package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code import-gift <file.gift> <exams/exam-id> [--section id]} adds the GIFT file as a new question
 * bank of the exam (nothing written when any question is refused); {@code export-gift <exams/exam-id> <file.gift>}
 * writes the exam's questions as GIFT. Exit code 1 on problems, 2 on a wrong command line.
 */
public final class ExamBankCommand {

    private ExamBankCommand() {
    }

    public static void main(String[] args) throws IOException {
        boolean importing = args.length >= 3 && args[0].equals("import-gift");
        boolean exporting = args.length == 3 && args[0].equals("export-gift");
        boolean section = args.length == 5 && args[3].equals("--section");
        if (!(importing && (args.length == 3 || section) || exporting)) {
            System.err.println("usage: ExamBankCommand import-gift <file.gift> <exams/exam-id> [--section <id>]");
            System.err.println("       ExamBankCommand export-gift <exams/exam-id> <file.gift>");
            System.exit(2);
        }
        try {
            if (importing) {
                Path bank = GiftImport.importInto(Path.of(args[1]), Path.of(args[2]), section ? args[4] : null);
                System.out.println("wrote " + bank);
            } else {
                Files.writeString(Path.of(args[2]), GiftExport.export(Path.of(args[1])), StandardCharsets.UTF_8);
                System.out.println("wrote " + args[2]);
            }
        } catch (ContentInvalidException e) {
            e.problems().forEach(System.err::println);
            System.err.println(e.problems().size() + " problem(s); nothing written");
            System.exit(1);
        }
    }
}
