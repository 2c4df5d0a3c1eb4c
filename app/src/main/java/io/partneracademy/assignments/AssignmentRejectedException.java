package io.partneracademy.assignments;

import java.util.List;

/** The assignment breaks a rule (a due date in the past or too soon, unknown work, nobody chosen); nothing was saved. */
public class AssignmentRejectedException extends RuntimeException {

    private final transient List<AssignmentProblem> problems;

    AssignmentRejectedException(List<AssignmentProblem> problems) {
        super("assignment refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<AssignmentProblem> problems() {
        return problems;
    }
}
