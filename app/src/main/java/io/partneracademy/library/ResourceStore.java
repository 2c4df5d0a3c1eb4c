package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Writes resources and their file versions; each call is one transaction. */
@Singleton
class ResourceStore {

    /** Where a resource came from: a file under content/resources/ or an upload in the browser. */
    enum Source { FILE, UPLOAD }

    private final ResourceRepository resources;
    private final Clock clock;

    ResourceStore(ResourceRepository resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Creates the resource or updates it: a different file becomes a new version (the previous ones are kept),
     * changed metadata updates the row. Returns true when anything changed.
     */
    @Transactional
    boolean save(ResourceForm form, String fileName, byte[] bytes, TextExtractor.Extracted text, Source source,
                 @Nullable Long by) {
        String id = form.idOrSlug();
        Instant now = clock.instant();
        String sha = sha256(bytes);
        Optional<Resource> existing = resources.findById(id);
        int version = existing.map(Resource::currentVersion).orElse(0);
        boolean newFile = existing.isEmpty()
                || !resources.findSha(id, version).map(sha::equals).orElse(false);
        if (newFile) {
            version++;
        }
        Resource row = new Resource(id, form.title().strip(), form.type(), String.join(",", form.tagList()),
                form.language(), form.minTier(), form.ownerEmail().strip(), form.reviewBy(), version, source.name(),
                existing.map(Resource::createdAt).orElse(now), now);
        if (!newFile && sameMetadata(existing.get(), row)) {
            return false;
        }
        if (existing.isEmpty()) {
            resources.save(row);
        } else {
            resources.update(row);
        }
        if (newFile) {
            resources.insertVersion(id, version, fileName, text.contentType(), bytes.length, sha, bytes, text.text(),
                    now, by);
        }
        return true;
    }

    @Transactional
    boolean delete(String id) {
        if (!resources.existsById(id)) {
            return false;
        }
        resources.deleteById(id);
        return true;
    }

    private static boolean sameMetadata(Resource a, Resource b) {
        return a.title().equals(b.title()) && a.type().equals(b.type()) && a.tags().equals(b.tags())
                && a.language().equals(b.language()) && a.minTier() == b.minTier()
                && a.ownerEmail().equals(b.ownerEmail()) && a.reviewBy().equals(b.reviewBy())
                && a.source().equals(b.source());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
