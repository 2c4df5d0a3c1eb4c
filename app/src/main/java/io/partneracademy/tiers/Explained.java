package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * An assessment as a page explains it: the explanation in the reader's language where the assessment keeps what it
 * was written from, else the English text stored with it; the one rule for which of the two it is.
 */
public interface Explained {

    /** Why the partner had the tier it was eligible for. */
    String explanation();

    /** What the next tier up still needed, as data; null for an assessment stored before it kept that (V135). */
    @Nullable
    List<TierGap> missing();

    /**
     * The language the explanation is written in, for {@code fmt.lang}: English for an assessment that kept only its
     * stored English text, null (the page's own) for one written in the reader's language.
     */
    @Nullable
    default String explanationLanguage() {
        return missing() == null ? "en" : null;
    }
}
