package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.assignments.AssignmentRejectedException.Part;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.InvalidPartsException.Problem;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.partneracademy.assignments.AssignmentRejectedException.problem;

/**
 * Reads a rule form into a rule, or refuses it with every problem at its field: who may make a rule for which
 * partner (an admin for every partner or one, a partner manager for a partner in their portfolio, a partner admin for
 * their own company; anyone else's partner is a 403), the work, the tier, the job title and the days.
 */
@Singleton
class RuleChecks {

    static final int JOB_TITLE_MAX = 120;
    static final int DUE_DAYS_MAX = 730;
    static final int DAYS_BEFORE_MAX = 365;

    private final WorkCatalog catalog;
    private final DueDates dueDates;
    private final Partners partners;
    private final Clock clock;

    RuleChecks(WorkCatalog catalog, DueDates dueDates, Partners partners, Clock clock) {
        this.catalog = catalog;
        this.dueDates = dueDates;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * The rule the form describes; for an edit ({@code existing} given) under that rule's id and author. Throws
     * {@link PartnerAccessDeniedException} for a partner the person does not look after and
     * {@link AssignmentRejectedException} with every problem found.
     */
    RuleRow read(CurrentUser by, RuleForm posted, @Nullable RuleRow existing) {
        RuleForm form = existing == null ? posted : posted.orKeep(existing);
        List<Problem> problems = new ArrayList<>();
        RuleKind kind = ruleKind(form.ruleKind(), problems);
        Long partnerId = partner(by, form.partner(), problems);
        String tier = tier(form.tier(), problems);
        String title = blankToNull(form.jobTitle());
        if (title != null && title.length() > JOB_TITLE_MAX) {
            problems.add(problem(Part.JOB_TITLE, "rule.job-title-too-long", JOB_TITLE_MAX));
        }
        Optional<Work> work = work(by, kind, form, problems);
        Integer dueDays = null;
        Integer before = null;
        if (kind == RuleKind.JOIN) {
            dueDays = days(Part.DUE_DAYS, "rule.days-invalid", form.dueDays(), DUE_DAYS_MAX, problems);
            enoughTime(work, dueDays, Part.DUE_DAYS, problems);
        } else if (kind == RuleKind.RENEWAL) {
            before = days(Part.DAYS_BEFORE, "rule.days-before-invalid", form.daysBefore(), DAYS_BEFORE_MAX, problems);
            enoughTime(work, before, Part.DAYS_BEFORE, problems);
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejectedException(problems);
        }
        RuleRow rule = new RuleRow(null, kind, partnerId, tier, title, work.map(Work::kind).orElse(null),
                work.map(Work::id).orElse(null), work.map(Work::title).orElse(null), dueDays, before, by.id(),
                clock.instant(), null);
        return existing == null ? rule : existing.edited(rule);
    }

    /** The partners whose rules the person sees and makes: every partner for an admin. */
    List<Partner> scope(CurrentUser by) {
        return partners.managedBy(by);
    }

    private static RuleKind ruleKind(@Nullable String text, List<Problem> problems) {
        try {
            return text == null || text.isBlank() ? RuleKind.JOIN : RuleKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(problem(Part.RULE_KIND, "rule.kind-unknown", text));
            return null;
        }
    }

    @Nullable
    private Long partner(CurrentUser by, @Nullable String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            if (!by.has(Role.ADMIN)) {
                problems.add(problem(Part.PARTNER, "rule.partner-required"));
            }
            return null;
        }
        long id;
        try {
            id = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(problem(Part.PARTNER, "rule.partner-unknown", text));
            return null;
        }
        if (scope(by).stream().noneMatch(p -> p.id() == id)) {
            if (by.has(Role.ADMIN)) {
                problems.add(problem(Part.PARTNER, "rule.partner-unknown", text));
                return null;
            }
            throw new PartnerAccessDeniedException();
        }
        return id;
    }

    private Optional<Work> work(CurrentUser by, @Nullable RuleKind kind, RuleForm form, List<Problem> problems) {
        AssignForm asWork = form.asWork();
        if (kind == RuleKind.RENEWAL && (form.work() == null || form.work().isBlank())) {
            return Optional.empty();
        }
        Optional<Work> work = asWork.kind().flatMap(k -> catalog.find(by, k, asWork.refId()));
        if (work.isEmpty()) {
            problems.add(problem(Part.WORK, "assign.work-unknown"));
        } else if (kind == RuleKind.RENEWAL && work.get().kind() != WorkKind.PATH) {
            problems.add(problem(Part.WORK, "rule.renewal-path-only", work.get().title()));
            return Optional.empty();
        }
        return work;
    }

    private void enoughTime(Optional<Work> work, @Nullable Integer days, Part field, List<Problem> problems) {
        if (work.isEmpty() || days == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate earliest = dueDates.earliest(work.get(), today);
        if (today.plusDays(days).isBefore(earliest)) {
            problems.add(problem(field, "rule.days-too-few", days, work.get().title(),
                    today.until(earliest).getDays()));
        }
    }

    @Nullable
    private static String tier(@Nullable String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Tier.valueOf(text.strip()).name();
        } catch (IllegalArgumentException e) {
            problems.add(problem(Part.TIER, "rule.tier-unknown", text));
            return null;
        }
    }

    @Nullable
    private static Integer days(Part field, String key, @Nullable String text, int max,
                                List<Problem> problems) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            if (days >= 1 && days <= max) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem(field, key, text == null ? "" : text, max));
        return null;
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
