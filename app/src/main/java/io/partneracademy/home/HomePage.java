package io.partneracademy.home;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.assignments.AssignedWork;
import io.partneracademy.authoring.Drafts;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.certification.CertificationViews;
import io.partneracademy.itemstats.FlaggedQuestions;
import io.partneracademy.labs.LabViews;
import io.partneracademy.learning.PathViews;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.tiers.TierDashboard;
import io.partneracademy.web.ContentText;

import java.util.List;

/** A signed-in person's home: one section per role they hold; a section is null when they do not hold the role. */
record HomePage(@Nullable Learner learner, @Nullable Reviewer reviewer, @Nullable Author author,
                @Nullable PartnerCare partners, boolean admin) {

    /**
     * What a learner does next.
     *
     * @param resume        the lesson to continue at, if an enrolled course is unfinished
     * @param path          the path they are on (or may start next); null when none is left
     * @param certified     how many paths they hold an active certification for
     * @param unread        how many notifications they have not read; {@code notifications} are the newest of them
     * @param assigned      work assigned to them that is not done yet, soonest due first
     * @param specializations the specialization tracks, with what each still needs from them
     * @param certifications  their active certifications, each named in the reader's language where translated
     */
    record Learner(List<AssignedWork.Assigned> assigned, @Nullable CatalogViews.Continue resume, @Nullable PathViews.PathCard path, int certified,
                   List<Certification> certifications, int unread, List<NotificationRow> notifications,
                   List<PathViews.PathCard> specializations) {
    }

    /** A certification the learner holds, named by its path's title in their language (English, marked, if none). */
    record Certification(CertificationViews.Held held, ContentText title) {
    }

    /** The review queue. */
    record Reviewer(LabViews.ReviewQueue queue) {
    }

    /** The author's own open drafts and the exam questions item statistics flag. */
    record Author(List<Drafts.Summary> drafts, List<FlaggedQuestions.Exam> flagged) {
    }

    /** The partners the person looks after that are at risk, and what expires soon among their people. */
    record PartnerCare(TierDashboard.AtRisk atRisk, TierDashboard.ExpiringSoon expiring) {
    }
}
