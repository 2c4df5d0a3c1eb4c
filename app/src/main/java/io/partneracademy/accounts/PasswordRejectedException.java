package io.partneracademy.accounts;

import io.partneracademy.web.InvalidPartsException;

import java.util.ArrayList;
import java.util.List;

/** A new password breaks the password rules, or its confirmation differs; lists every problem at once. */
public class PasswordRejectedException extends InvalidPartsException {

    /** The password itself, or the same password typed a second time. */
    public enum Part { PASSWORD, CONFIRMATION }

    PasswordRejectedException(List<String> policyProblems, boolean confirmationDiffers) {
        super(problems(policyProblems, confirmationDiffers));
    }

    private static List<Problem> problems(List<String> policyProblems, boolean confirmationDiffers) {
        List<Problem> problems = new ArrayList<>();
        policyProblems.forEach(key -> problems.add(new Problem(Part.PASSWORD, key)));
        if (confirmationDiffers) {
            problems.add(new Problem(Part.CONFIRMATION, "password.mismatch"));
        }
        return problems;
    }
}
