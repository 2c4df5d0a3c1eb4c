package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The new-rule form: {@code work} is {@code KIND:id}, {@code tier} a partner tier or empty for every partner,
 * {@code jobTitle} words a job title must contain or empty for everyone, {@code confirm} set once the admin has seen
 * how many people the rule reaches at once.
 */
@Serdeable
record RuleForm(@Nullable String work, @Nullable String tier, @Nullable String jobTitle, @Nullable String dueDays,
                @Nullable String confirm) {

    static RuleForm empty() {
        return new RuleForm("", "", "", "30", null);
    }

    /** The same form, marked as confirmed, for the confirmation page's hidden fields. */
    RuleForm confirmed() {
        return new RuleForm(work, tier, jobTitle, dueDays, "yes");
    }

    boolean isConfirmed() {
        return "yes".equals(confirm);
    }

    AssignForm asWork() {
        return new AssignForm(work, null, null, null);
    }
}
