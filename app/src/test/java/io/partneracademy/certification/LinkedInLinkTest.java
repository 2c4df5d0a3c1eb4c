package io.partneracademy.certification;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Add to LinkedIn" link names the company page when its id is configured, and the name otherwise. */
class LinkedInLinkTest {

    private static final CertificationRow ROW = new CertificationRow(1L, "7KQ2-M9XD-4T1B-ZP0R", 1, "basics",
            "Basics Path", io.partneracademy.catalog.Level.FOUNDATION, "Ann Example", 1L, BigDecimal.TEN, Instant.parse("2026-03-01T10:00:00Z"),
            Instant.parse("2027-03-01T10:00:00Z"), CertificationStatus.ACTIVE, Instant.parse("2026-03-01T10:00:00Z"),
            null, null, null, null);

    @Test
    void aConfiguredOrganizationIdLinksTheCompanyPage() {
        String link = certifications(" 1337 ").linkedIn(ROW);

        assertThat(link).contains("&organizationId=1337&").doesNotContain("organizationName");
    }

    @Test
    void withoutAnIdLinkedInGetsTheName() {
        String link = certifications(null).linkedIn(ROW);

        assertThat(link).contains("&organizationName=Partner%20Academy&", "&issueYear=2026&issueMonth=3",
                "&certId=7KQ2-M9XD-4T1B-ZP0R").doesNotContain("organizationId");
    }

    private static Certifications certifications(String organizationId) {
        CertificationSettings settings = new CertificationSettings(90, List.of(30), Path.of("unused.p12"), "x", false,
                60, 1200, false, true, organizationId);
        return new Certifications(null, null, null, settings, "https://academy.example.com/",
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), null);
    }
}
