package io.partneracademy.accounts;

import io.partneracademy.web.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** A new password breaks the password rules, or its confirmation differs; lists every problem at once. */
public class PasswordRejectedException extends InvalidInputException {

    static final String MISMATCH = "password.mismatch";

    private final transient List<String> policyProblems;
    private final boolean confirmationDiffers;

    PasswordRejectedException(List<String> policyProblems, boolean confirmationDiffers) {
        super(keys(policyProblems, confirmationDiffers));
        this.policyProblems = List.copyOf(policyProblems);
        this.confirmationDiffers = confirmationDiffers;
    }

    /** Message keys of the password rules the password breaks (length, the e-mail inside it). */
    public List<String> policyProblems() {
        return policyProblems;
    }

    /** Whether the password typed a second time differs from the first. */
    public boolean confirmationDiffers() {
        return confirmationDiffers;
    }

    private static List<String> keys(List<String> policyProblems, boolean confirmationDiffers) {
        List<String> keys = new ArrayList<>(policyProblems);
        if (confirmationDiffers) {
            keys.add(MISMATCH);
        }
        return keys;
    }
}
