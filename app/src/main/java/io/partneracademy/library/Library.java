package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.SearchIndex;
import io.partneracademy.search.SearchViewer;
import io.partneracademy.search.SearchViewers;
import io.partneracademy.web.Constraints;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resource library: uploads (validated, text extracted, stored with every previous version), downloads
 * (visibility checked and counted per resource and partner), and the lists authors and learners see. Every
 * write is committed first and then put in the search index, so search never shows what the database lost.
 */
@Singleton
public class Library {

    private final ResourceRepository resources;
    private final ResourceStore store;
    private final TextExtractor extractor;
    private final Constraints constraints;
    private final LibrarySettings settings;
    private final SearchIndex index;
    private final SearchViewers viewers;
    private final Partners partners;
    private final Clock clock;

    Library(ResourceRepository resources, ResourceStore store, TextExtractor extractor, Constraints constraints,
            LibrarySettings settings, SearchIndex index, SearchViewers viewers, Partners partners, Clock clock) {
        this.resources = resources;
        this.store = store;
        this.extractor = extractor;
        this.constraints = constraints;
        this.settings = settings;
        this.index = index;
        this.viewers = viewers;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * Adds a resource, or a new version of the one with this id. Bad metadata throws {@link ResourceMetadataException}; a file
     * that is too large, empty, of another type or unreadable throws {@link UploadRefusedException}. Either way
     * nothing is stored or indexed.
     */
    String upload(CurrentUser user, ResourceForm form, @Nullable String fileName, @Nullable byte[] bytes) {
        String owner = form.ownerEmail() == null || form.ownerEmail().isBlank() ? user.email() : form.ownerEmail();
        ResourceForm withOwner = new ResourceForm(form.id(), form.title(), form.type(), form.tags(), form.language(),
                form.minTier(), owner, form.reviewBy());
        check(withOwner);
        if (fileName == null || fileName.isBlank() || bytes == null) {
            throw new UploadRefusedException("library.upload.missing-file");
        }
        return save(withOwner, fileName, bytes, ResourceStore.Source.UPLOAD, user.id());
    }

    /** Stores a checked resource and indexes it; used by uploads and the content/resources import. */
    String save(ResourceForm form, String fileName, byte[] bytes, ResourceStore.Source source, @Nullable Long by) {
        String id = form.idOrSlug();
        if (store(form, fileName, bytes, source, by)) {
            reindex(id);
        }
        return id;
    }

    /** Stores without indexing; a bulk import lets the synchronizer index everything in one batch. */
    boolean store(ResourceForm form, String fileName, byte[] bytes, ResourceStore.Source source, @Nullable Long by) {
        if (bytes.length > settings.maxUploadBytes()) {
            throw new UploadRefusedException("library.upload.too-large", fileName, FileSizes.label(bytes.length),
                    FileSizes.label(settings.maxUploadBytes()));
        }
        TextExtractor.Extracted text = extractor.extract(fileName, bytes);
        return store.save(form, fileName, bytes, text, source, by);
    }

    /** Checks the metadata, Bean Validation and the library's own rules together; throws listing every problem. */
    void check(ResourceForm form) {
        List<ResourceMetadataException.Problem> problems = new ArrayList<>();
        constraints.of(form).forEach(v -> problems.add(new ResourceMetadataException.Problem(v.property(), v.messageKey())));
        problems.addAll(rules(form));
        if (!problems.isEmpty()) {
            throw new ResourceMetadataException(problems);
        }
    }

    /** The library's rules beyond the record's constraints: a known type, and an id or a title to make one from. */
    List<ResourceMetadataException.Problem> rules(ResourceForm form) {
        List<ResourceMetadataException.Problem> problems = new ArrayList<>();
        if (form.type() != null && ResourceType.fromSlug(form.type()).isEmpty()) {
            problems.add(new ResourceMetadataException.Problem("type", "library.type.unknown"));
        }
        if (form.title() != null && !form.title().isBlank() && form.idOrSlug().isEmpty()) {
            problems.add(new ResourceMetadataException.Problem("id", "library.id.needed"));
        }
        return problems;
    }

    /** Deletes a resource with all its versions and download counts, and takes it out of search. */
    void delete(String id) {
        if (!store.delete(id)) {
            throw new ResourceNotFoundException(id);
        }
        index.delete(ResourceSearchSource.group(id));
    }

    /** A file to send and the Content-Disposition that names it after its resource. */
    record Download(FileRow file, String contentDisposition) {
    }

    /** The current file of a resource the viewer may see, counted as a download by them and their company. */
    Download download(CurrentUser user, String id) {
        Resource resource = visible(user, id);
        FileRow file = resources.findFile(id, resource.currentVersion()).orElseThrow(() -> new ResourceNotFoundException(id));
        Long partnerId = partners.currentEmployer(user.id()).map(Partner::id).orElse(null);
        resources.insertDownload(id, user.id(), partnerId, clock.instant());
        index.setDownloads(ResourceSearchSource.group(id), resources.countDownloads(id));
        return new Download(file, DownloadName.contentDisposition(resource.title(), file.fileName(), id));
    }

    /** A resource's page; versions and downloads per partner only for vendor staff. */
    LibraryViews.ResourcePage page(CurrentUser user, String id) {
        Resource r = visible(user, id);
        boolean staff = viewers.of(user).all();
        List<VersionRow> versions = resources.findVersions(id);
        VersionRow current = versions.get(0);
        List<LibraryViews.VersionItem> items = staff ? versions.stream().map(v -> new LibraryViews.VersionItem(
                v.version(), v.fileName(), FileSizes.label(v.sizeBytes()), v.uploadedAt())).toList()
                : List.of();
        return new LibraryViews.ResourcePage(r.id(), r.title(), r.type(), r.tagList(), r.language(), r.minTier().name(),
                staff || isOwner(user, r) ? r.ownerEmail() : null, r.reviewBy().toString(),
                r.staleOn(today()) && (staff || isOwner(user, r)), DownloadName.of(r.title(), current.fileName()), FileSizes.label(current.sizeBytes()), resources.countDownloads(id), items,
                staff ? resources.findDownloadsByPartner(id) : List.of(), staff);
    }

    /** The most downloaded resources among those the viewer may see. */
    List<PopularRow> mostDownloaded(CurrentUser user, int limit) {
        SearchViewer viewer = viewers.of(user);
        List<String> tiers = Arrays.stream(Tier.values()).filter(t -> viewer.admits(t, Set.of())).map(Enum::name).toList();
        return resources.findMostDownloaded(tiers, limit);
    }

    /** Resources past their review-by date: the user's own, or all of them for admins. */
    List<LibraryViews.StaleItem> stale(CurrentUser user, boolean all) {
        List<Resource> rows = all ? resources.findAllStale(today()) : resources.findStale(user.email(), today());
        return rows.stream().map(r -> new LibraryViews.StaleItem(r.id(), r.title(), r.ownerEmail(),
                r.reviewBy().toString())).toList();
    }

    /** The metadata of an existing resource, to prefill the "new version" form. */
    Optional<ResourceForm> form(String id) {
        return resources.findById(id).map(r -> new ResourceForm(r.id(), r.title(), r.type(), String.join(", ", r.tagList()),
                r.language(), r.minTier(), r.ownerEmail(), r.reviewBy()));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Resource visible(CurrentUser user, String id) {
        SearchViewer viewer = viewers.of(user);
        return resources.findById(id).filter(r -> viewer.admits(r.minTier(), Set.of()))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    private static boolean isOwner(CurrentUser user, Resource r) {
        return r.ownerEmail().equalsIgnoreCase(user.email());
    }

    private void reindex(String id) {
        String group = ResourceSearchSource.group(id);
        resources.findById(id).ifPresent(r -> index.replace(group,
                ResourceSearchSource.stamp(r.currentVersion(), r.updatedAt()),
                List.of(ResourceSearchSource.document(r, resources.findText(id, r.currentVersion()).orElse(""),
                        resources.countDownloads(id)))));
    }
}
