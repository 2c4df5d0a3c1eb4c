package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Item facility per exam language, and which languages look like a translation problem: a language whose facility
 * differs from that of every other language's answers together by at least {@link #GAP} (20 percentage points), where
 * both sides have at least the configured minimum of answers and the difference is not chance (a two-proportion
 * z-test at |z| ≥ {@link #Z}, about p &lt; 0.01). Marks between 0 and 1 count as the share of a right answer.
 */
final class LanguageGaps {

    /** The smallest difference in facility that is worth an author's look. */
    static final double GAP = 0.20;
    /** The z value a difference must reach (two-sided p ≈ 0.01). */
    static final double Z = 2.58;

    private final int questions;
    private final String[] languageOfAttempt;
    private final Map<String, double[]> sums = new TreeMap<>();
    private final Map<String, int[]> counts = new TreeMap<>();

    LanguageGaps(int questions, String[] languageOfAttempt) {
        this.questions = questions;
        this.languageOfAttempt = languageOfAttempt.clone();
    }

    /** Counts every answer of the responses under its attempt's language. */
    LanguageGaps add(Responses responses) {
        for (int i = 0; i < responses.size(); i++) {
            String language = languageOfAttempt[responses.attempt(i)];
            sums.computeIfAbsent(language, k -> new double[questions])[responses.question(i)] += responses.mark(i);
            counts.computeIfAbsent(language, k -> new int[questions])[responses.question(i)]++;
        }
        return this;
    }

    /** The question's facility in each language it was answered in, and whether that language stands out. */
    List<Report.LanguageFacility> of(int question, int minAnswers) {
        List<Report.LanguageFacility> out = new ArrayList<>();
        double allSum = 0;
        int allCount = 0;
        for (String language : counts.keySet()) {
            allSum += sums.get(language)[question];
            allCount += counts.get(language)[question];
        }
        for (String language : counts.keySet()) {
            int n = counts.get(language)[question];
            if (n == 0) {
                continue;
            }
            double sum = sums.get(language)[question];
            out.add(new Report.LanguageFacility(language, n, sum / n,
                    standsOut(sum, n, allSum - sum, allCount - n, Math.max(1, minAnswers))));
        }
        return out;
    }

    /** Whether a facility of sum/n differs from otherSum/otherN by the gap, with enough answers, beyond chance. */
    static boolean standsOut(double sum, int n, double otherSum, int otherN, int minAnswers) {
        if (n < minAnswers || otherN < minAnswers) {
            return false;
        }
        double p = sum / n;
        double q = otherSum / otherN;
        double pooled = (sum + otherSum) / (n + otherN);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / otherN));
        return Math.abs(p - q) >= GAP && (se == 0 || Math.abs(p - q) / se >= Z);
    }

    /** True when any language of the list stands out. */
    static boolean flagged(@Nullable List<Report.LanguageFacility> languages) {
        return languages != null && languages.stream().anyMatch(Report.LanguageFacility::standsOut);
    }
}
