package io.partneracademy.catalog;

import java.util.List;

/**
 * What a certification path can require: courses, lab tracks, attending a live session of a course (its ref id
 * is the course id) or, where the path allows it, attending one or watching its recording ({@code LIVE_OR_REPLAY}), listed row by row in {@code path_requirement} (its {@code kind} column holds the name), and the
 * path's own certification exam ({@code learning_path.exam_id}).
 */
public enum RequirementKind {
    COURSE, LAB, EXAM, LIVE, LIVE_OR_REPLAY;

    /** The kinds stored as {@code path_requirement} rows, in the order a path lists them. */
    static final List<RequirementKind> LISTED = List.of(COURSE, LAB, LIVE, LIVE_OR_REPLAY);
}
