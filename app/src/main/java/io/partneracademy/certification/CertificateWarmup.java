package io.partneracademy.certification;

import io.partneracademy.catalog.Level;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Renders and signs one throwaway certificate in the background as the server starts, so the fonts are parsed,
 * the keystore is read and PDFBox's classes are loaded before the first person downloads a certificate. The
 * renderer is resolved on that background thread: creating it reads the keystore, parses fonts and builds the
 * certification services, work that need not delay the first page.
 */
@Singleton
class CertificateWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateWarmup.class);

    private final BeanProvider<CertificatePdf> pdf;
    private final CertificationSettings settings;

    CertificateWarmup(BeanProvider<CertificatePdf> pdf, CertificationSettings settings) {
        this.pdf = pdf;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        // A production start without its keystore must still fail at once, not in the background.
        if (!settings.generateKeystore() && !Files.exists(settings.keystore())) {
            throw new IllegalStateException("No signing keystore at " + settings.keystore().toAbsolutePath()
                    + " (partneracademy.certification.keystore), and generating one is switched off");
        }
        Thread thread = new Thread(this::warmUp, "certificate-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            pdf.get().renderNow(new CertificationRow(0L, "0000-0000-0000-0000", 0, "warmup", "Warm-up", Level.FOUNDATION,
                    "Łukasz Ἀλέξανδρος Дмитрий 王小明 김민준", null, BigDecimal.ZERO, at, at.plus(1, ChronoUnit.DAYS),
                    CertificationStatus.ACTIVE, at, null, null, null, null));
            LOG.debug("Certificate renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Certificate warm-up failed; the first certificate will show the problem: {}", e.getMessage());
        }
    }
}
