package io.partneracademy.roster;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.BulkPeople;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest roster a company may upload (5,000 people) against a company that already has 2,500: how long the
 * upload with its preview and a later look at the preview take. Prints the times; fails only when they are absurd.
 */
@MicronautTest(transactional = false)
class RosterScaleTest extends DatabaseTest {

    static final int EXISTING = 2_500;
    static final int LINES = 5_000;

    @Inject
    RosterImports imports;
    @Inject
    Fixtures fixtures;
    @Inject
    DataSource dataSource;

    @Test
    void aFiveThousandLineRosterIsPreviewedInSeconds() throws Exception {
        Partner big = fixtures.partner("Big Company");
        UserSummary admin = fixtures.employee(big, "Bea Bigadmin", Role.PARTNER_ADMIN);
        CurrentUser me = new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        existingPeople(big.id());
        StringBuilder file = new StringBuilder("name,email,job_title,role\n");
        for (int i = 0; i < LINES; i++) {
            // the first 2,500 are the existing people, every tenth with a new job title; the rest are new
            file.append("Person ").append(i).append(",person").append(i).append("@big.example,")
                    .append(i < EXISTING && i % 10 == 0 ? "Architect" : "Engineer").append(",learner\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        long id = imports.upload(me, big.id(), "big.csv", bytes);
        long uploadMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        RosterPreview preview = imports.show(me, big.id(), id).preview();
        long showMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ROSTER-SCALE %d lines against %d people (%d KiB): upload+preview %d ms, preview again %d ms%n",
                LINES, EXISTING, bytes.length / 1024, uploadMs, showMs);

        assertThat(preview.joining()).hasSize(LINES - EXISTING);
        assertThat(preview.updating()).hasSize(EXISTING / 10);
        assertThat(preview.unchanged()).isEqualTo(EXISTING - EXISTING / 10);
        assertThat(preview.leaving()).as("the importer is never listed as leaving").isEmpty();
        assertThat(uploadMs).as("upload and preview of 5,000 lines").isLessThan(60_000);
        assertThat(showMs).as("showing the preview again").isLessThan(60_000);
    }

    private void existingPeople(long partnerId) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            BulkPeople.write(c, EXISTING, i -> new BulkPeople.Person(1_000_000 + i, "person" + i + "@big.example",
                    "Person " + i, partnerId, "Engineer"), Instant.now(), Instant.now(), "LEARNER");
            c.commit();
        }
    }
}
