package io.partneracademy.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two versions of a text (a longest common subsequence of lines), for a translator to
 * see what changed in the source since their translation was made.
 */
final class LineDiff {

    /** Longer texts are not compared line by line (the table grows with the square of the lines). */
    static final int MAX_LINES = 2000;

    private LineDiff() {
    }

    /** A line removed from the earlier text or added in the later one, with its line number there (from 1). */
    record Change(boolean added, int line, String text) {
    }

    /** Every removed and added line, in reading order; empty when the texts are equal or too long to compare. */
    static List<Change> of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return List.of();
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                changes.add(new Change(false, i + 1, a[i]));
                i++;
            } else {
                changes.add(new Change(true, j + 1, b[j]));
                j++;
            }
        }
        return changes;
    }
}
