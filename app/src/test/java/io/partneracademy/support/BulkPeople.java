package io.partneracademy.support;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.IntFunction;

/**
 * Thousands of people written straight into the accounts and partners tables in batches, for the scale tests (a
 * service call each would take minutes): an active account each, optionally a role, and a current job at a partner
 * since 2024-01-01 for those given one. Runs in the caller's connection, so a test can add rows of its own (their
 * certifications) in the same transaction.
 */
public final class BulkPeople {

    /** One person to write; with a null partner, no job. */
    public record Person(long id, String email, String name, @Nullable Long partnerId, String jobTitle) {
    }

    private BulkPeople() {
    }

    /**
     * Writes {@code count} people, the i-th as {@code person} makes it: accounts created at {@code createdAt}, jobs
     * last changed at {@code jobChangedAt}, each with {@code role} when it is not null.
     */
    public static void write(Connection c, int count, IntFunction<Person> person, Instant createdAt,
                             Instant jobChangedAt, @Nullable String role) throws SQLException {
        Timestamp created = Timestamp.from(createdAt);
        Timestamp changed = Timestamp.from(jobChangedAt);
        try (PreparedStatement user = c.prepareStatement("INSERT INTO app_user (id, email, display_name, active,"
                + " created_at, updated_at) VALUES (?, ?, ?, TRUE, ?, ?)");
             PreparedStatement roles = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)");
             PreparedStatement job = c.prepareStatement("INSERT INTO employment (user_id, partner_id, job_title,"
                     + " started_on, updated_at) VALUES (?, ?, ?, '2024-01-01', ?)")) {
            for (int i = 0; i < count; i++) {
                Person p = person.apply(i);
                user.setLong(1, p.id());
                user.setString(2, p.email());
                user.setString(3, p.name());
                user.setTimestamp(4, created);
                user.setTimestamp(5, created);
                user.addBatch();
                if (role != null) {
                    roles.setLong(1, p.id());
                    roles.setString(2, role);
                    roles.addBatch();
                }
                if (p.partnerId() != null) {
                    job.setLong(1, p.id());
                    job.setLong(2, p.partnerId());
                    job.setString(3, p.jobTitle());
                    job.setTimestamp(4, changed);
                    job.addBatch();
                }
            }
            user.executeBatch();
            roles.executeBatch();
            job.executeBatch();
        }
    }
}
