package io.partneracademy.assignments;

import io.partneracademy.csv.Csv;

import java.util.List;

/** A partner's assignments as CSV: the same columns and cell text as the table on the page. */
final class AssignmentCsv {

    private AssignmentCsv() {
    }

    static String write(AssignedWork.Team team) {
        List<List<String>> rows = team.lines().stream()
                .map(l -> List.of(l.person(), l.title(), l.kind().name(), l.dueOn(), assignedBy(l), l.status().name()))
                .toList();
        return Csv.write(List.of("Person", "Work", "Kind", "Due", "Assigned by", "Status"), rows);
    }

    private static String assignedBy(AssignedWork.Line line) {
        return line.assignedBy() != null ? line.assignedBy() : "Onboarding plan, week " + line.onboardingWeek();
    }
}
