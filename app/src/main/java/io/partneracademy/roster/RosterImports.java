package io.partneracademy.roster;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.InvitationLink;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.PersonForm;
import io.partneracademy.web.ConflictException;
import io.partneracademy.web.Language;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Roster import: a partner admin (or an admin) uploads a CSV of the company's people, sees what applying it would do,
 * and confirms; new people are invited by mail, changed details updated, and people missing from the file recorded
 * as leaving only when asked. A file with any problem is not kept and nothing of it is applied.
 */
@Singleton
public class RosterImports {

    static final String INVITATION_KIND = "roster.invitation";

    private final RosterImportRepository imports;
    private final RosterPlanner planner;
    private final People people;
    private final Partners partners;
    private final Users users;
    private final Notifications notifications;
    private final RosterInvitationMail invitationMail;
    private final PersonPreferences preferences;
    private final Clock clock;
    private final int maxBytes;
    private final int maxLines;
    private final Duration previewValidFor;

    RosterImports(RosterImportRepository imports, RosterPlanner planner, People people, Partners partners, Users users,
                  Notifications notifications, RosterInvitationMail invitationMail, PersonPreferences preferences,
                  Clock clock,
                  @Value("${partneracademy.roster.max-bytes:1048576}") int maxBytes,
                  @Value("${partneracademy.roster.max-lines:5000}") int maxLines,
                  @Value("${partneracademy.roster.preview-valid-for:24h}") Duration previewValidFor) {
        this.imports = imports;
        this.planner = planner;
        this.people = people;
        this.partners = partners;
        this.users = users;
        this.notifications = notifications;
        this.invitationMail = invitationMail;
        this.preferences = preferences;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxLines = maxLines;
        this.previewValidFor = previewValidFor;
    }

    /** An import as its page shows it: the upload, and either the live preview or what applying it did. */
    public record Shown(long id, String fileName, Instant uploadedAt, boolean applied, boolean expired,
                        @Nullable RosterPreview preview, @Nullable Applied result) {
    }

    /** What a confirmation did. */
    public record Applied(Instant at, String by, int invited, int updated, int left, boolean leavingApplied) {
    }

    /**
     * Keeps an uploaded file for confirmation and returns its id, or throws {@link RosterRejectedException} with
     * every problem (nothing is kept) when the file is too large, not UTF-8 CSV, or any line is wrong.
     */
    @Transactional
    public long upload(CurrentUser viewer, long partnerId, @Nullable String fileName, byte[] bytes) {
        people.staff(viewer, partnerId);
        if (bytes.length > maxBytes) {
            throw new RosterRejectedException(List.of(RosterProblem.at(0, "roster.error.too-large", maxBytes / 1024)));
        }
        String text;
        try {
            text = RosterFile.decode(bytes);
        } catch (RosterFile.Unreadable e) {
            throw new RosterRejectedException(List.of(e.problem()));
        }
        RosterPreview preview = planner.plan(viewer, partnerId, RosterFile.parse(text, maxLines));
        if (!preview.applicable()) {
            throw new RosterRejectedException(preview.problems());
        }
        String name = fileName == null || fileName.isBlank() ? "roster.csv" : fileName.strip();
        return imports.save(new RosterImportRow(null, partnerId, viewer.id(), clock.instant(),
                name.length() > 255 ? name.substring(0, 255) : name, text, RosterImportRow.Status.PREVIEWED,
                null, null, null, null, null, null)).id();
    }

    /** The import with its preview recomputed against the company's people now, or what applying it did. */
    public Shown show(CurrentUser viewer, long partnerId, long importId) {
        people.staff(viewer, partnerId);
        RosterImportRow row = find(partnerId, importId);
        if (row.status() == RosterImportRow.Status.APPLIED) {
            return new Shown(row.id(), row.fileName(), row.uploadedAt(), true, false, null, applied(row));
        }
        return new Shown(row.id(), row.fileName(), row.uploadedAt(), false, expired(row), preview(viewer, row), null);
    }

    /** The partner's latest imports, newest first. */
    public List<Shown> recent(CurrentUser viewer, long partnerId) {
        people.staff(viewer, partnerId);
        return imports.findTop10ByPartnerIdOrderByIdDesc(partnerId).stream()
                .map(r -> new Shown(r.id(), r.fileName(), r.uploadedAt(), r.status() == RosterImportRow.Status.APPLIED,
                        expired(r), null, r.status() == RosterImportRow.Status.APPLIED ? applied(r) : null))
                .toList();
    }

    /**
     * Applies the import once: a second confirmation (double click, another tab) finds it applied and changes
     * nothing. The company's imports are locked first, so confirmations for one company run one after the other and
     * each recomputes the preview from what the one before wrote; when that is no longer the preview the person
     * confirmed (the fingerprint differs), nothing is applied and {@link RosterChangedException} says so. New people
     * are invited in the file's language for them, else in {@code importerLocale}'s. The file's text is not kept
     * once applied: the recorded counts are all a later look needs.
     */
    @Transactional
    public Applied confirm(CurrentUser viewer, long partnerId, long importId, String fingerprint, boolean applyLeaving,
                           Locale importerLocale) {
        // First statement of the transaction: the consistent snapshot of the reads below starts after the lock.
        imports.lockPartner(partnerId);
        people.staff(viewer, partnerId);
        RosterImportRow row = find(partnerId, importId);
        if (row.status() == RosterImportRow.Status.APPLIED) {
            return applied(row);
        }
        if (expired(row)) {
            throw new ConflictException("roster.expired");
        }
        RosterPreview preview = preview(viewer, row);
        if (!preview.applicable() || !preview.fingerprint().equals(fingerprint)) {
            throw new RosterChangedException();
        }
        apply(viewer, partnerId, preview, applyLeaving, importId, importerLocale);
        // Microseconds, as the column keeps them: a later confirmation reads back the same moment.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int left = applyLeaving ? preview.leaving().size() : 0;
        imports.markApplied(importId, viewer.id(), now, applyLeaving, preview.joining().size(),
                preview.updating().size(), left);
        return new Applied(now, viewer.displayName(), preview.joining().size(), preview.updating().size(), left,
                applyLeaving);
    }

    private void apply(CurrentUser viewer, long partnerId, RosterPreview preview, boolean applyLeaving, long importId,
                       Locale importerLocale) {
        for (RosterPreview.Updating update : preview.updating()) {
            UserSummary user = users.get(update.userId());
            String name = user.displayName();
            Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
            for (RosterPreview.Change change : update.changes()) {
                switch (change.field()) {
                    case "name" -> name = change.to();
                    case "job_title" -> people.changeJobTitle(viewer, partnerId, user.id(), change.to());
                    default -> {
                        roles.add(Role.LEARNER);
                        if (RosterRole.PARTNER_ADMIN.cell().equals(change.to())) {
                            roles.add(Role.PARTNER_ADMIN);
                        } else {
                            roles.remove(Role.PARTNER_ADMIN);
                        }
                    }
                }
            }
            users.update(user.id(), name, user.active(), roles);
        }
        Partner partner = partners.get(partnerId);
        for (RosterPreview.Joining joining : preview.joining()) {
            InvitationLink link = people.invite(viewer, partnerId,
                    new PersonForm(joining.email(), joining.name(), joining.jobTitle()),
                    joining.role() == RosterRole.PARTNER_ADMIN);
            Language language = RosterInvitationMail.language(joining, importerLocale);
            if (joining.language() != null) {
                preferences.save(link.userId(), joining.language(), null);
            }
            RosterInvitationMail.Text mail = invitationMail.text(language, viewer.displayName(), partner.name());
            notifications.send(link.userId(), INVITATION_KIND, mail.subject(), mail.body(), link.url(),
                    "roster-invitation-" + importId + "-" + link.userId());
        }
        if (applyLeaving) {
            LocalDate today = LocalDate.now(clock);
            preview.leaving().forEach(l -> people.endEmployment(viewer, partnerId, l.userId(), today));
        }
    }

    private RosterPreview preview(CurrentUser viewer, RosterImportRow row) {
        return planner.plan(viewer, row.partnerId(), RosterFile.parse(row.content(), maxLines));
    }

    private boolean expired(RosterImportRow row) {
        return row.status() == RosterImportRow.Status.PREVIEWED
                && row.uploadedAt().plus(previewValidFor).isBefore(clock.instant());
    }

    private Applied applied(RosterImportRow row) {
        String by = row.appliedBy() == null ? "" : users.get(row.appliedBy()).displayName();
        return new Applied(row.appliedAt(), by, nz(row.invited()), nz(row.updated()), nz(row.leftCount()),
                Boolean.TRUE.equals(row.leavingApplied()));
    }

    private RosterImportRow find(long partnerId, long importId) {
        return imports.findById(importId).filter(r -> r.partnerId() == partnerId)
                .orElseThrow(() -> new NotFoundException("roster.not-found"));
    }

    private static int nz(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
