package io.partneracademy.certification;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Renders and signs one throwaway certificate in the background as the server starts, so the fonts are parsed,
 * the keystore is read and PDFBox's classes are loaded before the first person downloads a certificate.
 */
@Singleton
class CertificateWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateWarmup.class);

    private final CertificatePdf pdf;

    CertificateWarmup(CertificatePdf pdf) {
        this.pdf = pdf;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        long start = System.nanoTime();
        try {
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            pdf.pdf(new CertificationRow(0L, "0000-0000-0000-0000", 0, "warmup", "Warm-up", "FOUNDATION",
                    "Łukasz Ἀλέξανδρος Дмитрий 王小明 김민준", null, BigDecimal.ZERO, at, at.plus(1, ChronoUnit.DAYS),
                    CertificationRow.ACTIVE, at, null, null, null, null));
            LOG.debug("Certificate renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Certificate warm-up failed; the first certificate will show the problem: {}", e.getMessage());
        }
    }
}
