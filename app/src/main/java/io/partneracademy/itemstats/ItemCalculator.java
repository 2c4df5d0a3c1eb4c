package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Classical test and item statistics as Moodle's quiz statistics report defines them: every variance and
 * covariance is the sample one (n − 1), an item's discrimination correlates its mark with the rest of the paper,
 * and the coefficient of internal consistency is Cronbach's alpha over the paper's slots (KR-20 for 0/1 marks).
 */
final class ItemCalculator {

    /** Share of attempts in the top and in the bottom group of the distractor analysis (Kelley's 27%). */
    static final double GROUP_SHARE = 0.27;

    private ItemCalculator() {
    }

    /** The exam's figures, in percent of the paper's maximum where they are marks. Null when undefined. */
    record ExamFigures(int attempts, @Nullable Double mean, @Nullable Double median, @Nullable Double sd,
                       @Nullable Double cic, @Nullable Double errorRatio, @Nullable Double standardError) {
    }

    /** One question's figures over the attempts that drew it; null where fewer than two answers define it. */
    record ItemFigures(int answers, @Nullable Double facility, @Nullable Double sd, @Nullable Double covariance,
                       @Nullable Double markVariance, @Nullable Double otherMarkVariance,
                       @Nullable Double discrimination, @Nullable Double covarianceMax,
                       @Nullable Double discriminativeEfficiency, @Nullable Double effectiveWeight,
                       int[] optionCounts, int highAnswers, int[] highCounts, int lowAnswers, int[] lowCounts) {
    }

    /** Everything computed in one pass over the answers. */
    record Figures(ExamFigures exam, List<ItemFigures> items) {
    }

    static Figures compute(Responses r, int[] optionsPerQuestion) {
        double[] totals = new double[r.attempts];
        for (int i = 0; i < r.size(); i++) {
            totals[r.attempt(i)] += r.mark(i);
        }
        double[] slotCovWithTotal = new double[r.slots];
        ExamFigures exam = exam(r, totals, slotCovWithTotal);
        int[][] byQuestion = group(r);
        int[] group = groups(totals);
        double sumSqrtSlotCov = 0;
        boolean negative = false;
        for (double c : slotCovWithTotal) {
            negative |= c < 0;
            sumSqrtSlotCov += Math.sqrt(Math.max(c, 0));
        }
        List<ItemFigures> items = new ArrayList<>(r.questions);
        for (int q = 0; q < r.questions; q++) {
            items.add(item(r, byQuestion[q], totals, group, optionsPerQuestion[q],
                    negative || sumSqrtSlotCov == 0 ? -1 : sumSqrtSlotCov));
        }
        return new Figures(exam, items);
    }

    private static ExamFigures exam(Responses r, double[] totals, double[] slotCovWithTotal) {
        int n = totals.length;
        if (n == 0) {
            return new ExamFigures(0, null, null, null, null, null, null);
        }
        double scale = 100.0 / Math.max(1, r.slots);
        double mean = Arrays.stream(totals).sum() / n;
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        if (n < 2) {
            return new ExamFigures(n, mean * scale, median * scale, null, null, null, null);
        }
        double varTotal = Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / (n - 1);
        double sd = Math.sqrt(varTotal);
        double sumSlotVariance = slotVariances(r, totals, mean, slotCovWithTotal);
        Double cic = null;
        Double errorRatio = null;
        Double standardError = null;
        if (r.slots > 1 && varTotal > 0) {
            cic = 100.0 * r.slots / (r.slots - 1) * (1 - sumSlotVariance / varTotal);
            errorRatio = 100 * Math.sqrt(Math.max(0, 1 - cic / 100));
            standardError = errorRatio * sd * scale / 100;
        }
        return new ExamFigures(n, mean * scale, median * scale, sd * scale, cic, errorRatio, standardError);
    }

    /** Sums the mark variance of every slot and fills each slot's covariance with the attempt total. */
    private static double slotVariances(Responses r, double[] totals, double totalMean, double[] covWithTotal) {
        double[] sum = new double[r.slots];
        int[] count = new int[r.slots];
        for (int i = 0; i < r.size(); i++) {
            sum[r.slot(i)] += r.mark(i);
            count[r.slot(i)]++;
        }
        double[] sq = new double[r.slots];
        double[] co = new double[r.slots];
        double[] totalSum = new double[r.slots];
        for (int i = 0; i < r.size(); i++) {
            totalSum[r.slot(i)] += totals[r.attempt(i)];
        }
        for (int i = 0; i < r.size(); i++) {
            int s = r.slot(i);
            double dx = r.mark(i) - sum[s] / count[s];
            sq[s] += dx * dx;
            co[s] += dx * (totals[r.attempt(i)] - totalSum[s] / count[s]);
        }
        double variance = 0;
        for (int s = 0; s < r.slots; s++) {
            if (count[s] > 1) {
                variance += sq[s] / (count[s] - 1);
                covWithTotal[s] = co[s] / (count[s] - 1);
            }
        }
        return variance;
    }

    private static int[][] group(Responses r) {
        int[] count = new int[r.questions];
        for (int i = 0; i < r.size(); i++) {
            count[r.question(i)]++;
        }
        int[][] byQuestion = new int[r.questions][];
        for (int q = 0; q < r.questions; q++) {
            byQuestion[q] = new int[count[q]];
        }
        int[] fill = new int[r.questions];
        for (int i = 0; i < r.size(); i++) {
            byQuestion[r.question(i)][fill[r.question(i)]++] = i;
        }
        return byQuestion;
    }

    /** Per attempt: 1 in the top group, -1 in the bottom group, 0 otherwise (ties broken by attempt order). */
    private static int[] groups(double[] totals) {
        int n = totals.length;
        int[] group = new int[n];
        int size = (int) Math.round(n * GROUP_SHARE);
        if (size == 0 || 2 * size > n) {
            return group;
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(a -> totals[a]))
                .toArray(Integer[]::new);
        for (int k = 0; k < size; k++) {
            group[order[k]] = -1;
            group[order[n - 1 - k]] = 1;
        }
        return group;
    }

    private static ItemFigures item(Responses r, int[] answers, double[] totals, int[] group, int options,
                                    double sumSqrtSlotCov) {
        int n = answers.length;
        int[] counts = new int[options];
        int[] high = new int[options];
        int[] low = new int[options];
        int highN = 0;
        int lowN = 0;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            int i = answers[k];
            x[k] = r.mark(i);
            t[k] = totals[r.attempt(i)];
            y[k] = t[k] - x[k];
            int g = group[r.attempt(i)];
            highN += g == 1 ? 1 : 0;
            lowN += g == -1 ? 1 : 0;
            for (int o = 0; o < options; o++) {
                if ((r.chosen(i) & (1 << o)) != 0) {
                    counts[o]++;
                    high[o] += g == 1 ? 1 : 0;
                    low[o] += g == -1 ? 1 : 0;
                }
            }
        }
        if (n < 2) {
            Double facility = n == 1 ? x[0] : null;
            return new ItemFigures(n, facility, null, null, null, null, null, null, null, null, counts, highN, high,
                    lowN, low);
        }
        double mx = mean(x);
        double vx = covariance(x, x);
        double vy = covariance(y, y);
        double cov = covariance(x, y);
        double covWithTotal = covariance(x, t);
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        double covMax = covariance(xs, ys);
        Double discrimination = vx * vy > 0 ? 100 * cov / Math.sqrt(vx * vy) : null;
        Double efficiency = covMax > 0 ? 100 * cov / covMax : null;
        Double weight = sumSqrtSlotCov > 0 && covWithTotal >= 0 ? 100 * Math.sqrt(covWithTotal) / sumSqrtSlotCov : null;
        return new ItemFigures(n, mx, Math.sqrt(vx), cov, vx, vy, discrimination, covMax, efficiency, weight, counts,
                highN, high, lowN, low);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double covariance(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - ma) * (b[i] - mb);
        }
        return sum / (a.length - 1);
    }
}
