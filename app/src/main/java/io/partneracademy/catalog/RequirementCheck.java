package io.partneracademy.catalog;

import java.util.Collection;
import java.util.Set;

/**
 * One kind of listed path requirement ({@link RequirementKind#COURSE}, {@link RequirementKind#LAB}). Certification asks each kind which
 * of a path's requirements a person has not completed yet; the feature that owns the kind answers. Called inside
 * the caller's transaction, so an answer includes what that transaction just wrote.
 */
public interface RequirementCheck {

    /** The kind this check answers for. */
    RequirementKind kind();

    /** The ids among {@code refIds} that the person has not completed. */
    Set<String> incomplete(long userId, Collection<String> refIds);
}
