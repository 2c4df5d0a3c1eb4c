package io.partneracademy.accounts;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Password rules in the spirit of NIST SP 800-63B: length over composition, no obvious choices. */
@Singleton
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "letmein12345",
            "welcome12345", "partneracademy", "changeme1234", "administrator", "iloveyou1234");

    /** Message keys for every rule the password breaks; empty when it is acceptable. */
    List<String> violations(String password, String email) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.too-short");
        }
        if (length > MAX_LENGTH) {
            problems.add("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            problems.add("password.too-common");
        }
        if (localPart.length() >= 4 && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
            problems.add("password.contains-email");
        }
        return problems;
    }
}
