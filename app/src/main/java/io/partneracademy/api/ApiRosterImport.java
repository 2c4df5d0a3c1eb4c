package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.roster.RosterImports;
import io.partneracademy.roster.RosterPreview;

import java.time.Instant;
import java.util.List;

/**
 * A roster import as the API shows it: before it is applied, what applying it would do now (who joins and is invited,
 * whose details change, how many are unchanged, who works there but is not in the file) and the fingerprint to
 * confirm exactly that; after, what applying it did.
 */
@Serdeable
record ApiRosterImport(long id, String fileName, Instant uploadedAt, boolean applied, boolean expired,
                       @Nullable Preview preview, @Nullable Result result) {

    /** What applying the file would do now; {@code fingerprint} goes with the confirmation. */
    @Serdeable
    record Preview(List<Joining> joining, List<Updating> updating, int unchanged, List<Leaving> leaving,
                   String fingerprint) {
    }

    /** Someone new to the company, invited by email when the import is applied. */
    @Serdeable
    record Joining(int line, String name, String email, @Nullable String jobTitle, String role) {
    }

    /** A current employee whose name, job title or role the file changes. */
    @Serdeable
    record Updating(int line, long personId, String email, List<Change> changes) {
    }

    /** One field ({@code name}, {@code job_title}, {@code role}) before and after. */
    @Serdeable
    record Change(String field, @Nullable String from, @Nullable String to) {
    }

    /** A current employee the file does not name: recorded as leaving only when the confirmation asks for it. */
    @Serdeable
    record Leaving(long personId, String name, String email) {
    }

    /** What applying the import did. */
    @Serdeable
    record Result(Instant at, String by, int invited, int updated, int left, boolean leavingApplied) {

        static Result of(RosterImports.Applied applied) {
            return new Result(applied.at(), applied.by(), applied.invited(), applied.updated(), applied.left(),
                    applied.leavingApplied());
        }
    }

    static ApiRosterImport of(RosterImports.Shown shown) {
        return new ApiRosterImport(shown.id(), shown.fileName(), shown.uploadedAt(), shown.applied(), shown.expired(),
                shown.preview() == null ? null : preview(shown.preview()),
                shown.result() == null ? null : Result.of(shown.result()));
    }

    private static Preview preview(RosterPreview p) {
        return new Preview(
                p.joining().stream().map(j -> new Joining(j.line(), j.name(), j.email(), j.jobTitle(),
                        j.role().cell())).toList(),
                p.updating().stream().map(u -> new Updating(u.line(), u.userId(), u.email(), u.changes().stream()
                        .map(c -> new Change(c.field(), c.from(), c.to())).toList())).toList(),
                p.unchanged(),
                p.leaving().stream().map(l -> new Leaving(l.userId(), l.name(), l.email())).toList(),
                p.fingerprint());
    }
}
