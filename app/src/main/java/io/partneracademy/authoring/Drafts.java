package io.partneracademy.authoring;

import io.micronaut.json.JsonMapper;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.PublishResult;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Browser authoring: drafts of courses that learners never see, validated with the importer's own rules
 * and published as a new course version.
 */
@Singleton
public class Drafts {

    private final CourseDraftRepository drafts;
    private final CatalogPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    Drafts(CourseDraftRepository drafts, CatalogPublisher publisher, JsonMapper json, Clock clock) {
        this.drafts = drafts;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /** Open drafts, most recently edited first. */
    public List<DraftCourse> list() {
        return drafts.findAllOrderByUpdatedAtDesc().stream().map(this::parse).toList();
    }

    /** An open draft as a list shows it: which course, its title as typed, and when it was last saved. */
    public record Summary(String courseId, String title, Instant savedOn) {
    }

    /** The open drafts the author saved last, most recently saved first. */
    public List<Summary> savedLastBy(long authorId) {
        return drafts.findByUpdatedByOrderByUpdatedAtDesc(authorId).stream()
                .map(row -> new Summary(row.courseId(), parse(row).title(), row.updatedAt())).toList();
    }

    /** The draft of a course, or a 404. */
    public DraftCourse get(String courseId) {
        return drafts.findById(courseId).map(this::parse).orElseThrow(() -> new DraftNotFoundException(courseId));
    }

    /** Opens the draft of a course, starting one from the published version when there is none. */
    @Transactional
    public DraftCourse edit(CurrentUser author, String courseId) {
        Optional<CourseDraftRow> existing = drafts.findById(courseId);
        if (existing.isPresent()) {
            return parse(existing.get());
        }
        CourseSpec spec = publisher.current(courseId).orElseThrow(() -> new DraftNotFoundException(courseId));
        int version = publisher.published().stream().filter(p -> p.id().equals(courseId)).findFirst()
                .map(CatalogPublisher.PublishedCourse::version).orElse(1);
        DraftCourse draft = DraftCourse.of(spec);
        drafts.save(new CourseDraftRow(courseId, version, write(draft), author.id(), clock.instant()));
        return draft;
    }

    /** Starts a brand-new course as a draft. */
    @Transactional
    public DraftCourse create(CurrentUser author, String id, String title, String summary) {
        if (!Slugs.valid(id)) {
            throw new DraftIdRejectedException("draft.id-invalid");
        }
        if (drafts.existsById(id) || publisher.current(id).isPresent()) {
            throw new DraftIdRejectedException("draft.id-taken");
        }
        DraftCourse draft = new DraftCourse(id, title.strip(), summary.strip(), "en", null, List.of(), List.of(), Map.of(),
                null);
        drafts.save(new CourseDraftRow(id, null, write(draft), author.id(), clock.instant()));
        return draft;
    }

    /** Replaces the draft with an edited copy. */
    @Transactional
    public DraftCourse save(CurrentUser author, DraftCourse draft) {
        CourseDraftRow row = drafts.findById(draft.id()).orElseThrow(() -> new DraftNotFoundException(draft.id()));
        drafts.update(new CourseDraftRow(row.courseId(), row.basedOnVersion(), write(draft), author.id(), clock.instant()));
        return draft;
    }

    /** Everything the importer would say about the draft; empty when it can be published. */
    public List<ContentProblem> problems(String courseId) {
        try {
            DraftValidation.read(get(courseId), assets(courseId));
            return List.of();
        } catch (ContentInvalidException e) {
            return e.problems();
        }
    }

    /** Validates and publishes the draft as the course's next version, then removes the draft. */
    @Transactional
    public PublishResult publish(CurrentUser author, String courseId) {
        CourseSpec spec = keepTranslations(DraftValidation.read(get(courseId), assets(courseId)));
        PublishResult result = publisher.publishCourse(spec, CatalogPublisher.Source.BROWSER, author.id());
        drafts.deleteById(courseId);
        return result;
    }

    /** Throws the draft away; the published version stays as it is. */
    @Transactional
    public void discard(String courseId) {
        get(courseId);
        drafts.deleteById(courseId);
    }

    /**
     * The browser edits the source only: the published version's translations stay (those of lessons the edit
     * removed are dropped), and a translation whose source text the edit changed is published as outdated.
     */
    private CourseSpec keepTranslations(CourseSpec spec) {
        Set<String> lessonIds = spec.lessons().stream().map(CourseSpec.LessonSpec::id).collect(Collectors.toSet());
        Set<String> moduleIds = spec.modules().stream().map(CourseSpec.ModuleSpec::id).collect(Collectors.toSet());
        List<CourseSpec.CourseTranslation> kept = publisher.current(spec.id()).map(CourseSpec::translations)
                .orElse(List.of()).stream()
                .map(t -> new CourseSpec.CourseTranslation(t.language(), t.title(), t.summary(),
                        t.moduleTitles().entrySet().stream().filter(e -> moduleIds.contains(e.getKey()))
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        t.source(), t.lessons().stream().filter(l -> lessonIds.contains(l.lessonId())).toList()))
                .toList();
        return spec.withTranslations(kept);
    }

    private Map<String, byte[]> assets(String courseId) {
        return publisher.current(courseId).map(CourseSpec::assets).orElse(Map.of());
    }

    private DraftCourse parse(CourseDraftRow row) {
        try {
            return json.readValue(row.draftJson(), DraftCourse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Draft of " + row.courseId() + " cannot be read", e);
        }
    }

    private String write(DraftCourse draft) {
        try {
            return new String(json.writeValueAsBytes(draft), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
