package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The rule form: {@code ruleKind} JOIN or RENEWAL; {@code work} is {@code KIND:id} (for a renewal a path, or empty
 * for any certification); {@code partner} a partner id, or empty for every partner (admins only); {@code tier} a
 * partner tier or empty; {@code jobTitle} words a job title must contain or empty for everyone; {@code dueDays} for a
 * JOIN rule, {@code daysBefore} (days before expiry) for a RENEWAL rule; {@code confirm} set once the person has seen
 * how many people the rule reaches at once.
 */
@Serdeable
record RuleForm(@Nullable String ruleKind, @Nullable String work, @Nullable String partner, @Nullable String tier,
                @Nullable String jobTitle, @Nullable String dueDays, @Nullable String daysBefore,
                @Nullable String confirm) {

    static RuleForm empty(@Nullable Long partner) {
        return new RuleForm(RuleKind.JOIN.name(), "", partner == null ? "" : partner.toString(), "", "", "30", "",
                null);
    }

    /** The form for editing a rule, filled in from it. */
    static RuleForm of(RuleRow rule) {
        String work = rule.kind() == null ? "" : rule.kind() + ":" + rule.refId();
        return new RuleForm(rule.ruleKind().name(), work, rule.partnerId() == null ? "" : rule.partnerId().toString(),
                rule.partnerTier() == null ? "" : rule.partnerTier(), rule.jobTitle() == null ? "" : rule.jobTitle(),
                rule.dueDays() == null ? "" : rule.dueDays().toString(),
                rule.daysBeforeExpiry() == null ? "" : rule.daysBeforeExpiry().toString(), null);
    }

    /**
     * The day field that was filled in but means nothing for the chosen kind (due days for a renewal rule, days
     * before expiry for the others), which the rule leaves out; the page's script hides and disables it, so this
     * happens only without the script.
     */
    java.util.Optional<String> ignoredDays() {
        boolean renewal = RuleKind.RENEWAL.name().equals(ruleKind == null ? null : ruleKind.strip());
        String other = renewal ? dueDays : daysBefore;
        return other == null || other.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(renewal ? "dueDays" : "daysBefore");
    }

    /**
     * The form with the kind and work of the rule being edited where the post left them out entirely (a client that
     * changes only whom the rule reaches); an empty work stays empty ("any certification").
     */
    RuleForm orKeep(RuleRow existing) {
        String keptWork = existing.kind() == null ? "" : existing.kind() + ":" + existing.refId();
        return new RuleForm(ruleKind == null ? existing.ruleKind().name() : ruleKind, work == null ? keptWork : work,
                partner, tier, jobTitle, dueDays, daysBefore, confirm);
    }

    /** The same form, marked as confirmed, for the confirmation page's hidden fields. */
    RuleForm confirmed() {
        return new RuleForm(ruleKind, work, partner, tier, jobTitle, dueDays, daysBefore, "yes");
    }

    boolean isConfirmed() {
        return "yes".equals(confirm);
    }

    AssignForm asWork() {
        return new AssignForm(work, null, null, null);
    }
}
