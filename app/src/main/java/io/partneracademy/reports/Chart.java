package io.partneracademy.reports;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template: geometry is computed here so the template only
 * places shapes. The same numbers are in the table next to it.
 *
 * @param title   what the chart shows, read out by screen readers ({@code <title>})
 * @param targetX where a target line is drawn, in the bar area's units (0–{@value #WIDTH}), or null
 */
record Chart(String id, String title, List<Bar> bars, @Nullable Double targetX, @Nullable String targetLabel) {

    /** Width of the bar area in SVG units; labels sit to its left. */
    static final int WIDTH = 380;
    static final int LEFT = 240;
    static final int ROW = 26;

    Chart {
        bars = List.copyOf(bars);
    }

    /** The SVG height for this many bars. */
    public int height() {
        return bars.size() * ROW + 24;
    }

    /** One bar: its label, its length in bar-area units, the printed value and a CSS series name. */
    record Bar(String label, double length, String value, String series, int index) {

        public int y() {
            return 8 + index * ROW;
        }
    }

    /** Bars scaled so the longest (or the target, if longer) fills the area. */
    static Chart of(String id, String title, List<Entry> entries, @Nullable Double target, @Nullable String targetLabel) {
        double max = Math.max(entries.stream().mapToDouble(Entry::amount).max().orElse(0), target == null ? 0 : target);
        double scale = max <= 0 ? 0 : WIDTH / max;
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            bars.add(new Bar(e.label(), Math.round(e.amount() * scale * 10) / 10.0, e.value(), e.series(), i));
        }
        return new Chart(id, title, bars, target == null ? null : Math.round(target * scale * 10) / 10.0, targetLabel);
    }

    /** A number to draw, its label, its printed form and its series. */
    record Entry(String label, double amount, String value, String series) {
    }
}
