package io.partneracademy.certification;

import io.partneracademy.catalog.Level;
import io.partneracademy.catalog.PathRules;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Open Badges Achievement behind each path's certification, as badges embed it and as its public page
 * (its {@code id}) serves it, built in one place so the two never disagree.
 */
@Singleton
class Achievements {

    static final String PATH = "/achievements";

    private final Certifications certifications;
    private final IssuerIdentity issuer;
    private final PathRules paths;

    Achievements(Certifications certifications, IssuerIdentity issuer, PathRules paths) {
        this.certifications = certifications;
        this.issuer = issuer;
        this.paths = paths;
    }

    /** The path's current rule, for its public page; not found for an unknown path or one without an exam. */
    PathRules.Rule rule(String pathId) {
        return paths.rule(pathId).filter(r -> r.examId() != null).orElseThrow(CertificationNotFoundException::new);
    }

    /** The achievement's public URL: its JSON-LD id. */
    String id(String pathId) {
        return certifications.baseUrl() + PATH + "/" + pathId;
    }

    /** The badge art of a level, served at this URL. */
    String imageUrl(String pathId) {
        return id(pathId) + "/image.svg";
    }

    /** The issuer profile badges and achievements name. */
    Map<String, Object> profile() {
        return Badges.map("id", issuer.did(), "type", List.of("Profile"), "name", "Partner Academy",
                "url", certifications.baseUrl());
    }

    /** The Achievement object (OB 3.0) for a path's certification. */
    Map<String, Object> achievement(String pathId, String title, String level) {
        return Badges.map(
                "id", id(pathId),
                "type", List.of("Achievement"),
                "achievementType", "Certification",
                "name", title,
                "description", "SPECIALIZATION".equals(level)
                        ? "A specialization certification of the Partner Academy program, earned beside the levels."
                        : "The " + CertificateRenderer.level(level) + " level certification of the Partner Academy program.",
                "criteria", Badges.map("narrative", "Pass the " + title + " exam and complete the path’s required "
                        + "courses and lab tracks while holding the previous level’s certification."),
                "image", Badges.map("id", imageUrl(pathId), "type", "Image",
                        "caption", "Partner Academy " + CertificateRenderer.level(level) + " certification badge"),
                "creator", profile());
    }

    /** The badge art resource for a level. */
    static String imageResource(Level level) {
        return "/certificates/badges/" + level.name().toLowerCase(Locale.ROOT) + ".svg";
    }
}
