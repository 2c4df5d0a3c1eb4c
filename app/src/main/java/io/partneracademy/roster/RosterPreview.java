package io.partneracademy.roster;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.Language;
import io.partneracademy.web.Secrets;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What applying a roster file would do to a company's people right now: who joins (and is invited), whose name,
 * job title or role changes, who is unchanged, and who works there but is not in the file (leaving, applied only
 * when asked). A preview with problems applies nothing.
 */
public record RosterPreview(List<Joining> joining, List<Updating> updating, int unchanged, List<Leaving> leaving,
                            List<RosterProblem> problems) {

    /** A person new to the company, invited on confirmation (in the file's language for them, if it names one). */
    public record Joining(int line, String name, String email, @Nullable String jobTitle, RosterRole role,
                          @Nullable Language language) {
    }

    /** A current employee whose details in the file differ from ours. */
    public record Updating(int line, long userId, String email, List<Change> changes) {
    }

    /** One changed field ({@code name}, {@code job_title} or {@code role}) with its value before and after. */
    public record Change(String field, @Nullable String from, @Nullable String to) {
    }

    /** A current employee the file does not name. */
    public record Leaving(long userId, String name, String email) {
    }

    /** True when the file can be applied. */
    public boolean applicable() {
        return problems.isEmpty();
    }

    /**
     * A digest of every decision in the preview: the confirmation carries the one the person saw, and nothing is
     * applied when the company's people changed in between.
     */
    public String fingerprint() {
        String text = Stream.of(
                joining.stream().map(j -> "J|" + j.email() + "|" + j.name() + "|" + j.jobTitle() + "|" + j.role()),
                updating.stream().map(u -> "U|" + u.userId() + "|" + u.changes().stream()
                        .map(c -> c.field() + "=" + c.from() + ">" + c.to()).collect(Collectors.joining(";"))),
                leaving.stream().map(l -> "L|" + l.userId()),
                Stream.of("N|" + unchanged))
                .flatMap(s -> s).collect(Collectors.joining("\n"));
        return Secrets.sha256(text);
    }
}
