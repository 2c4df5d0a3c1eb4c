package io.partneracademy.certification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle job: marks certifications past their expiry EXPIRED, and reminds holders and their partner admins
 * 90, 60, 30 and 7 days before. Idempotent and safe on several servers: expiry claims rows with SKIP LOCKED and a
 * conditional update, and each reminder has a dedupe key. Runs hourly, so a missed night costs at most an hour.
 */
@Singleton
public class Expiry {

    private static final Logger LOG = LoggerFactory.getLogger(Expiry.class);
    private static final int BATCH = 200;

    private final CertificationRepository certifications;
    private final CertificationLog log;
    private final Notifications notifications;
    private final Partners partners;
    private final People people;
    private final CertificationSettings settings;
    private final Clock clock;
    private final RecipientTexts texts;
    private final io.partneracademy.catalog.PathRules paths;

    Expiry(RecipientTexts texts, CertificationRepository certifications, CertificationLog log, Notifications notifications,
           Partners partners, People people, CertificationSettings settings, Clock clock,
           io.partneracademy.catalog.PathRules paths) {
        this.paths = paths;
        this.texts = texts;
        this.certifications = certifications;
        this.log = log;
        this.notifications = notifications;
        this.partners = partners;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void run() {
        int expired = expireDue();
        int reminded = remind();
        if (expired + reminded > 0) {
            LOG.info("Certification lifecycle: {} expired, {} reminders sent", expired, reminded);
        }
    }

    /** Marks every ACTIVE certification past its expiry EXPIRED; returns how many this call changed. */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        int count = 0;
        List<Long> due;
        do {
            due = certifications.claimExpired(now, BATCH);
            for (Long id : due) {
                count += expire(certifications.findById(id).orElseThrow(), now) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return count;
    }

    /** Expires one certification if it is still active; the history and the outbox get the event. */
    boolean expire(CertificationRow certification, Instant now) {
        if (certifications.endActive(certification.id(), CertificationStatus.EXPIRED, now, null, null) != 1) {
            return false;
        }
        log.changed(certifications.findById(certification.id()).orElseThrow(), CertificationLog.EXPIRED, now, null, null);
        return true;
    }

    /**
     * Sends each active certification the reminder of the nearest threshold it has reached (a certification
     * issued 20 days before expiry gets the 30-day reminder, not three at once).
     */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        List<Integer> thresholds = new ArrayList<>(settings.reminderDays());
        thresholds.sort(null);
        if (thresholds.isEmpty()) {
            return 0;
        }
        int largest = thresholds.get(thresholds.size() - 1);
        int sent = 0;
        for (CertificationRow c : certifications.findActiveExpiringBetween(now, now.plus(Duration.ofDays(largest)))) {
            long daysLeft = DaysLeft.until(c.expiresAt(), now);
            Optional<Integer> stage = thresholds.stream().filter(d -> daysLeft < d).findFirst();
            if (stage.isEmpty()) {
                continue;
            }
            sent += remind(c, stage.get());
        }
        return sent;
    }

    /** Reminds the holder and their employer's partner admins, each in their own language and time zone. */
    private int remind(CertificationRow c, int stage) {
        String link = "/certifications";
        String key = "expiry:" + c.id() + ":" + stage + ":";
        int sent = 0;
        RecipientTexts.Text holder = texts.of(c.userId());
        String expires = holder.formats().date(c.expiresAt());
        String title = paths.translatedTitle(c.pathId(), holder.locale()).orElse(c.pathTitle());
        if (notifications.send(c.userId(), "certification.expiry",
                holder.get("certification.expiry.subject", title, expires),
                holder.get("certification.expiry.body", title, expires), link, key + c.userId())) {
            sent++;
            log.noted(c, CertificationLog.REMINDED, clock.instant(), CertificationViews.HistoryItem.reminded(stage));
        }
        Optional<Partner> employer = partners.currentEmployer(c.userId());
        if (employer.isPresent()) {
            for (Long admin : people.adminIds(employer.get().id())) {
                RecipientTexts.Text t = texts.of(admin);
                String on = t.formats().date(c.expiresAt());
                String pathTitle = paths.translatedTitle(c.pathId(), t.locale()).orElse(c.pathTitle());
                if (admin != c.userId() && notifications.send(admin, "certification.expiry",
                        t.get("certification.expiry.admin-subject", c.holderName(), pathTitle, on),
                        t.get("certification.expiry.admin-body", c.holderName(), pathTitle, on,
                                employer.get().name()),
                        "/partners/" + employer.get().id() + "/people/" + c.userId(), key + admin)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
