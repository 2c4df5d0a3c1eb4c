package io.partneracademy.certification;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Milliseconds to secure one Open Badge with eddsa-rdfc-2022 (JSON-LD to RDF, RDFC-1.0, two SHA-256, Ed25519) and to
 * verify it, and to encode and sign a 131,072-entry status list, on one thread after a warm-up. Prints a Markdown
 * table. Run: {@code ./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.certification.BadgeProofBenchmark}
 */
public final class BadgeProofBenchmark {

    private static final int COUNT = Integer.getInteger("bench.count", 300);

    private BadgeProofBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EddsaRdfc2022 suite = new EddsaRdfc2022(BundledContexts.badges());
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JsonObject badge = Json.createObjectBuilder(badge()).build();
        JsonObject options = Json.createObjectBuilder().add("type", EddsaRdfc2022.TYPE)
                .add("cryptosuite", EddsaRdfc2022.CRYPTOSUITE).add("created", "2026-12-06T07:00:00Z")
                .add("verificationMethod", "did:web:academy.example.com#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
                .add("proofPurpose", "assertionMethod").build();
        List<Integer> revoked = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            revoked.add((int) (i * 97));
        }
        for (int i = 0; i < 100; i++) {
            suite.verifyProof(badge, suite.createProof(badge, options, key.getPrivate()), key.getPublic());
        }
        double[] sign = new double[COUNT];
        double[] verify = new double[COUNT];
        double[] list = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            long t0 = System.nanoTime();
            JsonObject proof = suite.createProof(badge, options, key.getPrivate());
            long t1 = System.nanoTime();
            if (!suite.verifyProof(badge, proof, key.getPublic())) {
                throw new IllegalStateException("verification failed");
            }
            long t2 = System.nanoTime();
            JsonObject statusList = Json.createObjectBuilder(Badges.map("@context", List.of("https://www.w3.org/ns/credentials/v2"),
                    "id", "https://academy.example.com/verify/status/revocation",
                    "type", List.of("VerifiableCredential", "BitstringStatusListCredential"),
                    "issuer", "did:web:academy.example.com", "validFrom", "2026-12-06T07:00:00Z",
                    "credentialSubject", Badges.map("id", "https://academy.example.com/verify/status/revocation#list",
                            "type", "BitstringStatusList", "statusPurpose", "revocation",
                            "encodedList", StatusList.encodedList(revoked, StatusList.MINIMUM_ENTRIES)))).build();
            suite.createProof(statusList, options, key.getPrivate());
            long t3 = System.nanoTime();
            sign[i] = (t1 - t0) / 1e6;
            verify[i] = (t2 - t1) / 1e6;
            list[i] = (t3 - t2) / 1e6;
        }
        System.out.println("| step (" + COUNT + " runs, one thread) | p50 | p99 |");
        System.out.println("|---|---|---|");
        row("sign one badge (eddsa-rdfc-2022)", sign);
        row("verify one badge", verify);
        row("encode + sign the status list (131,072 entries, 1,000 revoked)", list);
    }

    private static void row(String name, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("| %s | %.2f ms | %.2f ms |%n", name, millis[millis.length / 2], millis[(int) (millis.length * 0.99)]);
    }

    /** A badge shaped like the ones we issue. */
    private static Map<String, Object> badge() {
        Map<String, Object> profile = Badges.map("id", "did:web:academy.example.com", "type", List.of("Profile"),
                "name", "Partner Academy", "url", "https://academy.example.com");
        return Badges.map("@context", Badges.CONTEXT, "id", "https://academy.example.com/verify/7KQ2-M9XD-4T1B-ZP0R",
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"), "name", "Basics Path – Ann Example",
                "issuer", profile, "validFrom", "2026-12-06T07:00:00Z", "validUntil", "2027-12-06T07:00:00Z",
                "credentialSubject", Badges.map("type", List.of("AchievementSubject"),
                        "identifier", List.of(Badges.map("type", "IdentityObject", "identityType", "emailAddress",
                                "hashed", true, "identityHash", "sha256$00ff", "salt", "0123456789abcdef")),
                        "achievement", Badges.map("id", "https://academy.example.com/achievements/basics",
                                "type", List.of("Achievement"), "achievementType", "Certification", "name", "Basics Path",
                                "description", "The Foundation level certification.",
                                "criteria", Badges.map("narrative", "Pass the exam."),
                                "image", Badges.map("id", "https://academy.example.com/achievements/basics/image.svg",
                                        "type", "Image"), "creator", profile)),
                "evidence", List.of(Badges.map("type", List.of("Evidence"), "name", "Certification exam passed")),
                "credentialSchema", List.of(Badges.map("id", Badges.SCHEMA, "type", "1EdTechJsonSchemaValidator2019")),
                "credentialStatus", Badges.map("id", "https://academy.example.com/verify/status/revocation#5",
                        "type", "BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", "5",
                        "statusListCredential", "https://academy.example.com/verify/status/revocation"));
    }
}
