package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * An assessment as a page explains it: the explanation in the reader's language where the assessment keeps what it
 * was written from, else the English text stored with it. The one rule for marking that English text on a page.
 */
public interface Explained {

    /** Why the partner had the tier it was eligible for. */
    String explanation();

    /** What the next tier up still needed, as data; null for an assessment stored before it kept that (V135). */
    @Nullable
    List<TierGap> missing();

    /**
     * The language to mark the explanation with on a page ({@code lang="en"}): English for an assessment that kept
     * only its stored English text, null for one written in the reader's language.
     */
    @Nullable
    default String explanationLang() {
        return missing() == null ? "en" : null;
    }
}
