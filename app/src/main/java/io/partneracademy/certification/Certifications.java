package io.partneracademy.certification;

import io.micronaut.context.annotation.Value;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.Level;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.partners.People;
import io.partneracademy.web.ContentText;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Certifications as people see them: the public verification, a person's transcript, revocation. */
@Singleton
public class Certifications {

    private final CertificationRepository certifications;
    private final CertificationLog log;
    private final People people;
    private final CertificationSettings settings;
    private final String baseUrl;
    private final Clock clock;
    private final PathRules paths;

    Certifications(CertificationRepository certifications, CertificationLog log, People people,
                   CertificationSettings settings, @Value("${partneracademy.public-base-url}") String baseUrl,
                   Clock clock, PathRules paths) {
        this.paths = paths;
        this.certifications = certifications;
        this.log = log;
        this.people = people;
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    /** The verification URL printed on certificates and in badges. */
    String verifyUrl(String credentialId) {
        return baseUrl + "/verify/" + credentialId;
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * The public answer for a typed credential id as the verify page shows it to a visitor: the certification's title
     * in the visitor's language where its path is translated into it, else the title it was issued under.
     */
    public CertificationViews.Verified verify(String typed, java.util.Locale visitor) {
        CertificationRow c = CredentialIds.normalize(typed).flatMap(certifications::findByCredentialId)
                .orElseThrow(CertificationNotFoundException::new);
        ContentText title = paths.titles(visitor).of(c.pathId(), c.pathTitle());
        return new CertificationViews.Verified(verification(c).withCertification(title.text()), title);
    }

    /** The public answer for a typed credential id; the same not-found for anything unknown or malformed. */
    public CertificationViews.Verification verify(String typed) {
        return verification(CredentialIds.normalize(typed).flatMap(certifications::findByCredentialId)
                .orElseThrow(CertificationNotFoundException::new));
    }

    private CertificationViews.Verification verification(CertificationRow c) {
        Instant now = clock.instant();
        CertificationStatus status = c.statusAt(now);
        String statusOn = switch (status) {
            case EXPIRED -> date(c.expiresAt());
            case ACTIVE -> null;
            case REVOKED, SUPERSEDED -> date(c.statusAt());
        };
        String successor = c.supersededBy() == null ? null
                : certifications.findById(c.supersededBy()).map(CertificationRow::credentialId).orElse(null);
        return new CertificationViews.Verification(c.credentialId(), c.holderName(), c.pathTitle(), c.level(),
                date(c.issuedAt()), date(c.expiresAt()), status, settings.publishRevocationReason() ? c.statusReason() : null, statusOn, successor,
                verifyUrl(c.credentialId()));
    }

    /** The paths the person holds an active certification for, with its expiry date. */
    public java.util.Map<String, String> activeUntil(long userId) {
        Instant now = clock.instant();
        java.util.Map<String, String> active = new java.util.HashMap<>();
        for (CertificationRow c : certifications.findByUserIdOrderByIssuedAtDesc(userId)) {
            if (c.statusAt(now) == CertificationStatus.ACTIVE) {
                active.put(c.pathId(), date(c.expiresAt()));
            }
        }
        return active;
    }

    /** The person's active certifications, soonest expiry first, with the day their renewal window opens. */
    public List<CertificationViews.Held> held(long userId) {
        Instant now = clock.instant();
        Duration window = Duration.ofDays(settings.recertificationWindowDays());
        return certifications.findByUserIdOrderByIssuedAtDesc(userId).stream()
                .filter(c -> c.statusAt(now) == CertificationStatus.ACTIVE)
                .sorted(java.util.Comparator.comparing(CertificationRow::expiresAt))
                .map(c -> new CertificationViews.Held(c.credentialId(), c.pathId(), c.pathTitle(), c.level(),
                        date(c.expiresAt()), date(c.expiresAt().minus(window)),
                        !now.isBefore(c.expiresAt().minus(window))))
                .toList();
    }

    /** A certification active now, as a public listing shows it: whose, of which path and level, its credential. */
    public record Active(long userId, String pathId, String pathTitle, Level level, String credentialId) {
    }

    /** Every certification active now held by these people, oldest first. */
    public List<Active> activeHeldBy(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return certifications.findActiveHeldBy(userIds, clock.instant()).stream()
                .map(c -> new Active(c.userId(), c.pathId(), c.pathTitle(), Level.valueOf(c.level()), c.credentialId()))
                .toList();
    }

    /** The people who hold an active certification of this path now. */
    public List<Long> activeHolders(String pathId) {
        return certifications.findActiveHolders(pathId, clock.instant());
    }

    /** A certification active now that expires soon: whose, of which path, and the day it expires (UTC). */
    public record Expiring(long userId, String pathId, String certification, LocalDate expiresOn) {
    }

    /**
     * Every certification active now that expires after {@code after} and no later than {@code until}, soonest first:
     * a caller that looks ahead again and again asks only for what entered its window since it last looked.
     */
    public List<Expiring> expiringBetween(Instant after, Instant until) {
        return certifications.findActiveExpiringBetween(after, until).stream()
                .map(c -> new Expiring(c.userId(), c.pathId(), c.pathTitle(),
                        LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC)))
                .toList();
    }

    /** {@link #expiringBetween(Instant, Instant)} for these people only. */
    public List<Expiring> expiringBetween(java.util.Collection<Long> userIds, Instant after, Instant until) {
        List<Expiring> expiring = new java.util.ArrayList<>();
        List<Long> ids = List.copyOf(userIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            certifications.findActiveExpiringBetweenHeldBy(ids.subList(from, Math.min(ids.size(), from + 1000)), after,
                    until).forEach(c -> expiring.add(expiring(c)));
        }
        return expiring;
    }

    /**
     * {@link #expiringBetween(Instant, Instant)} for certifications issued after {@code issuedAfter}: what came into a
     * window a caller had already looked at.
     */
    public List<Expiring> issuedAfterExpiringBetween(Instant issuedAfter, Instant after, Instant until) {
        return certifications.findActiveIssuedAfterExpiringBetween(issuedAfter, after, until).stream()
                .map(Certifications::expiring).toList();
    }

    private static Expiring expiring(CertificationRow c) {
        return new Expiring(c.userId(), c.pathId(), c.pathTitle(), LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC));
    }

    /** Every certification of the person, newest first, with history; the viewer must be them or may manage them. */
    public List<CertificationViews.Entry> transcript(CurrentUser viewer, long userId) {
        if (!people.mayView(viewer, userId)) {
            throw new ForbiddenException("certification.forbidden");
        }
        return certifications.findByUserIdOrderByIssuedAtDesc(userId).stream().map(this::entry).toList();
    }

    /** The record behind a public credential id (as typed or printed), or not found. */
    CertificationRow byCredentialId(String typed) {
        return CredentialIds.normalize(typed).flatMap(certifications::findByCredentialId)
                .orElseThrow(CertificationNotFoundException::new);
    }

    /** The record behind a download, if the viewer may have it. */
    CertificationRow forDownload(CurrentUser viewer, String typed) {
        CertificationRow c = CredentialIds.normalize(typed).flatMap(certifications::findByCredentialId)
                .orElseThrow(CertificationNotFoundException::new);
        if (!people.mayView(viewer, c.userId())) {
            throw new CertificationNotFoundException();
        }
        return c;
    }

    /** Certifications for the admin list, by holder name or credential id. */
    public List<CertificationViews.Entry> search(String query) {
        String q = query == null ? "" : query.trim();
        String exact = CredentialIds.normalize(q).orElse(q);
        return certifications.search(exact, "%" + q.replace("%", "").replace("_", "") + "%").stream()
                .map(this::entry).toList();
    }

    /** Revokes an active certification; the verify page shows it at once, and tiers hear of it. */
    @Transactional
    public void revoke(CurrentUser admin, String typed, String reason) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("certification.forbidden");
        }
        CertificationRow c = CredentialIds.normalize(typed).flatMap(certifications::findByCredentialId)
                .orElseThrow(CertificationNotFoundException::new);
        Instant now = clock.instant();
        if (certifications.endActive(c.id(), CertificationStatus.REVOKED, now, reason, null) != 1) {
            throw new CertificationNotActiveException(c.credentialId());
        }
        log.changed(certifications.findById(c.id()).orElseThrow(), CertificationLog.REVOKED, now, admin.id(), reason);
    }

    CertificationViews.Entry entry(CertificationRow c) {
        Instant now = clock.instant();
        CertificationStatus status = c.statusAt(now);
        List<CertificationViews.HistoryItem> history = certifications.findEvents(c.id()).stream()
                .map(e -> new CertificationViews.HistoryItem(e.type(), date(e.at()), e.detail())).toList();
        boolean renewable = status == CertificationStatus.ACTIVE
                && !now.isBefore(c.expiresAt().minus(Duration.ofDays(settings.recertificationWindowDays())));
        return new CertificationViews.Entry(c.credentialId(), c.holderName(), c.pathId(), c.pathTitle(), c.level(), date(c.issuedAt()),
                date(c.expiresAt()), status, c.statusReason(), c.scorePercent(),
                credentialOf(c.supersedesId()), credentialOf(c.supersededBy()), verifyUrl(c.credentialId()),
                linkedIn(c), renewable, history);
    }

    /** LinkedIn's "add to profile" link, filled in with the certification's name, dates and verification URL. */
    String linkedIn(CertificationRow c) {
        LocalDate issued = LocalDate.ofInstant(c.issuedAt(), ZoneOffset.UTC);
        LocalDate expires = LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC);
        return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=" + encode(c.pathTitle())
                + organization()
                + "&issueYear=" + issued.getYear() + "&issueMonth=" + issued.getMonthValue()
                + "&expirationYear=" + expires.getYear() + "&expirationMonth=" + expires.getMonthValue()
                + "&certUrl=" + encode(verifyUrl(c.credentialId()))
                + "&certId=" + encode(c.credentialId());
    }

    /** LinkedIn links the company page (logo, link) by id; the name alone is the fallback. */
    private String organization() {
        String id = settings.linkedinOrganizationId();
        return id == null || id.isBlank() ? "&organizationName=" + encode("Partner Academy")
                : "&organizationId=" + encode(id.trim());
    }

    private String credentialOf(Long id) {
        return id == null ? null : certifications.findById(id).map(CertificationRow::credentialId).orElse(null);
    }

    static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
