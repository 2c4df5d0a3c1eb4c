package io.partneracademy.assignments;

import io.micronaut.context.MessageSource;
import io.partneracademy.csv.Csv;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/**
 * A partner's assignments as CSV in the reader's language: the table's columns and cell text (kind, status and
 * "Onboarding plan, week N" translated), with due dates as ISO days so a spreadsheet sorts them.
 */
@Singleton
class AssignmentCsv {

    private final MessageSource messages;

    AssignmentCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(AssignedWork.Team team, Locale reader) {
        List<List<String>> rows = team.lines().stream()
                .map(l -> List.of(l.person(), l.title(), text(reader, "assign.kind." + l.kind().name()), l.dueOn(),
                        assignedBy(l, reader), text(reader, "assign.status." + l.status().name())))
                .toList();
        return Csv.write(List.of(text(reader, "users.name"), text(reader, "assign.work"),
                text(reader, "assign.csv.kind"), text(reader, "assign.due"), text(reader, "assign.by"),
                text(reader, "assign.status")), rows);
    }

    private String assignedBy(AssignedWork.Line line, Locale reader) {
        return line.assignedBy() != null ? line.assignedBy() : text(reader, "assign.by-onboarding", line.onboardingWeek());
    }

    private String text(Locale reader, String key, Object... arguments) {
        return messages.getMessage(key, reader, arguments).orElse(key);
    }
}
