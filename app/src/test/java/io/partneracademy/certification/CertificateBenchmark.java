package io.partneracademy.certification;

import io.micronaut.context.ApplicationContext;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Certificates rendered and signed per second on one thread, and how long the first certificate takes after the
 * application context has started (fonts parsed, keystore read, PDFBox classes loaded). Writes
 * docs/benchmarks/certificates.md (and the first certificate to app/target/sample-certificate.pdf). Run: {@code ./mvnw -pl app test-compile exec:java
 * -Dpa.main=io.partneracademy.certification.CertificateBenchmark}
 */
public final class CertificateBenchmark {

    private static final int COUNT = Integer.getInteger("bench.count", 500);
    private static final String[] NAMES = {"Priya Raman", "Łukasz Żółć", "Ἀλέξανδρος Παπαδόπουλος",
            "Дмитрий Шостакович", "王小明", "山田 太郎", "김민준", "Zoë O’Brien"};

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        Path keystore = project.resolve("app/target/bench-signing-keys.p12");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl("pa_bench_cert_" + System.currentTimeMillis()));
        props.put("datasources.default.username", "root");
        props.put("datasources.default.password", "");
        props.put("partneracademy.secret", "benchmark-secret-benchmark-secret-0123456789");
        props.put("partneracademy.content.import-on-startup", false);
        props.put("partneracademy.certification.keystore", keystore.toString());
        props.put("micronaut.server.port", -1);
        boolean keystoreExisted = Files.exists(keystore);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try (ApplicationContext context = ApplicationContext.run(props)) {
            long ready = System.nanoTime();
            long readyWall = System.currentTimeMillis();
            CertificatePdf pdf = context.getBean(CertificatePdf.class);
            byte[] first = pdf.renderNow(row(0));
            double firstMs = (System.nanoTime() - ready) / 1e6;
            Files.write(project.resolve("app/target/sample-certificate.pdf"), first);
            double firstFromJvm = System.currentTimeMillis() - jvmStart;
            double contextMs = readyWall - jvmStart;

            for (int i = 1; i <= 50; i++) {
                pdf.renderNow(row(i));
            }
            double[] millis = new double[COUNT];
            long bytes = 0;
            long begin = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                long t = System.nanoTime();
                bytes += pdf.renderNow(row(1000 + i)).length;
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            Arrays.sort(millis);
            CertificateRenderer renderer = context.getBean(CertificateRenderer.class);
            Certifications urls = context.getBean(Certifications.class);
            long renderBegin = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                CertificationRow r = row(5000 + i);
                renderer.render(CertificateRenderer.Content.of(r, urls.verifyUrl(r.credentialId())));
            }
            double renderMs = (System.nanoTime() - renderBegin) / 1e6 / COUNT;
            String report = """
                    # Certificates: render + sign

                    Measured %s on this machine (2 cores), one thread, by
                    `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.certification.CertificateBenchmark`.

                    Each certificate is a full download: A4 landscape page with embedded font subsets (the holder names
                    cycle through Latin with diacritics, Greek, Cyrillic, Chinese, Japanese and Korean), a vector QR code,
                    then an RSA-2048 detached CMS signature written as an incremental update.

                    | measure | value |
                    |---|---|
                    | certificates per second (one thread, after 50 warm-up) | %.1f |
                    | latency p50 / p99 | %.1f ms / %.1f ms |
                    | of which rendering the page (mean, unsigned) | %.1f ms |
                    | average PDF size | %d KiB |
                    | first certificate after the application context started (fonts parsed, keys read) | %.0f ms |
                    | JVM start → context ready (includes starting the embedded MariaDB and migrating) | %.0f ms |
                    | JVM start → first certificate | %.0f ms |
                    | keystore | %s |

                    Aim (issue 6): ≥ 50 per second, first ≤ 1.5 s. The first PDF was %d bytes.
                    """.formatted(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), COUNT / seconds,
                    millis[COUNT / 2], millis[(int) (COUNT * 0.99)], renderMs, bytes / COUNT / 1024, firstMs, contextMs,
                    firstFromJvm, keystoreExisted ? "existing file" : "generated on this run (included in the first)",
                    first.length);
            Path out = project.resolve("docs/benchmarks/certificates.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            db.stop();
        }
    }

    private static CertificationRow row(int i) {
        Instant issued = Instant.parse("2026-11-22T10:15:30Z").plusSeconds(i);
        return new CertificationRow((long) i, CredentialIds.random(), i, "foundation", "Certified Foundation",
                io.partneracademy.catalog.Level.FOUNDATION, NAMES[i % NAMES.length], (long) i, new BigDecimal("84.50"), issued,
                issued.plus(365, ChronoUnit.DAYS), CertificationStatus.ACTIVE, issued, null, null, null, null);
    }
}
