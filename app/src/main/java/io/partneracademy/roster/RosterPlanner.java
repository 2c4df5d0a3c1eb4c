package io.partneracademy.roster;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares the lines of a roster file with a company's current people and says what applying it would do. */
@Singleton
class RosterPlanner {

    private final People people;
    private final Users users;

    RosterPlanner(People people, Users users) {
        this.people = people;
        this.users = users;
    }

    /** The preview of the parsed file for the partner, as the viewer (who must manage the partner) would apply it. */
    RosterPreview plan(CurrentUser viewer, long partnerId, RosterFile.Parsed parsed) {
        Map<String, Person> staff = new LinkedHashMap<>();
        people.staff(viewer, partnerId).forEach(p -> staff.put(p.user().email().toLowerCase(java.util.Locale.ROOT), p));
        List<RosterProblem> problems = new ArrayList<>(parsed.problems());
        List<RosterPreview.Joining> joining = new ArrayList<>();
        List<RosterPreview.Updating> updating = new ArrayList<>();
        Set<String> named = new HashSet<>();
        int unchanged = 0;
        for (RosterLine line : parsed.lines()) {
            named.add(line.email());
            Person current = staff.get(line.email());
            if (current == null) {
                if (users.findByEmail(line.email()).isPresent()) {
                    problems.add(RosterProblem.at(line.line(), "roster.error.elsewhere", line.email()));
                } else {
                    joining.add(new RosterPreview.Joining(line.line(), line.name(), line.email(), line.jobTitle(),
                            line.role(), line.language()));
                }
                continue;
            }
            List<RosterPreview.Change> changes = changes(current, line);
            if (current.user().id() == viewer.id() && changes.stream().anyMatch(c -> c.field().equals("role"))) {
                problems.add(RosterProblem.at(line.line(), "roster.error.own-role"));
            } else if (changes.isEmpty()) {
                unchanged++;
            } else {
                updating.add(new RosterPreview.Updating(line.line(), current.user().id(), line.email(), changes));
            }
        }
        List<RosterPreview.Leaving> leaving = staff.entrySet().stream()
                .filter(e -> !named.contains(e.getKey()) && e.getValue().user().id() != viewer.id())
                .map(e -> new RosterPreview.Leaving(e.getValue().user().id(), e.getValue().user().displayName(),
                        e.getValue().user().email()))
                .toList();
        problems.sort(java.util.Comparator.comparingInt(RosterProblem::line));
        return new RosterPreview(joining, updating, unchanged, leaving, problems);
    }

    /** The role a person holds at their company today. */
    static RosterRole role(Person person) {
        return person.user().roles().contains(Role.PARTNER_ADMIN) ? RosterRole.PARTNER_ADMIN : RosterRole.LEARNER;
    }

    private static List<RosterPreview.Change> changes(Person current, RosterLine line) {
        List<RosterPreview.Change> changes = new ArrayList<>();
        if (!current.user().displayName().equals(line.name())) {
            changes.add(new RosterPreview.Change("name", current.user().displayName(), line.name()));
        }
        if (!Objects.equals(current.jobTitle(), line.jobTitle())) {
            changes.add(new RosterPreview.Change("job_title", current.jobTitle(), line.jobTitle()));
        }
        RosterRole role = role(current);
        if (role != line.role()) {
            changes.add(new RosterPreview.Change("role", role.cell(), line.role().cell()));
        }
        return changes;
    }
}
