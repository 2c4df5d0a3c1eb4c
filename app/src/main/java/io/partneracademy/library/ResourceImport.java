package io.partneracademy.library;

import io.micronaut.context.MessageSource;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.search.SearchSync;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports content/resources/ at start ({@link StartupResourceImport}, with the rest of content/) and on demand. Everything is checked first,
 * text extraction included: a folder with any problem imports nothing. Resources replaced by an upload in the
 * browser are left as the upload made them.
 */
@Singleton
class ResourceImport {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceImport.class);

    private final Library library;
    private final ResourceRepository resources;
    private final TextExtractor extractor;
    private final MessageSource messages;
    private final SearchSync sync;

    ResourceImport(Library library, ResourceRepository resources, TextExtractor extractor, MessageSource messages,
                   SearchSync sync) {
        this.sync = sync;
        this.messages = messages;
        this.library = library;
        this.resources = resources;
        this.extractor = extractor;
    }

    /** Imports a folder shipped with the application, reporting problems in the log instead of throwing. */
    void importShipped(Path dir) {
        try {
            importFolder(dir);
        } catch (ContentInvalidException e) {
            LOG.error("content/resources has {} problems; nothing imported:\n{}", e.problems().size(),
                    String.join("\n", e.problems().stream().map(Object::toString).toList()));
        } catch (RuntimeException e) {
            LOG.error("Resource import failed", e);
        }
    }

    /** Checks and imports the folder; returns how many resources were created or changed. */
    int importFolder(Path dir) {
        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(dir);
        List<ContentProblem> problems = new ArrayList<>(folder.problems());
        for (ResourceFolder.Shipped s : shipped) {
            try {
                library.check(s.form());
                extractor.extract(s.fileName(), s.bytes());
            } catch (UploadRefusedException e) {
                problems.add(new ContentProblem(s.display(), 1, english(e.messageKey(), e.arguments())));
            } catch (ResourceMetadataException e) {
                e.problems().forEach(p -> problems.add(new ContentProblem(s.display(), 1, p.part() + ": " + english(p.messageKey()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.stream().sorted().toList());
        }
        int changed = 0;
        for (ResourceFolder.Shipped s : shipped) {
            boolean uploaded = resources.findById(s.form().id())
                    .map(r -> ResourceStore.Source.UPLOAD.name().equals(r.source())).orElse(false);
            if (!uploaded && library.store(s.form(), s.fileName(), s.bytes(), ResourceStore.Source.FILE, null)) {
                changed++;
            }
        }
        sync.syncNow();
        LOG.info("Resources imported from {}: {} of {} created or changed", dir, changed, shipped.size());
        return changed;
    }

    private String english(String key, Object... arguments) {
        return messages.getMessage(key, Locale.ENGLISH, arguments).orElse(key);
    }
}
