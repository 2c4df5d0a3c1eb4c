package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the question table, in order: how each is sorted and how its cell is written. The page and the
 * CSV export both use these cells, so the export is the table.
 */
enum Column {
    QUESTION("question", Report.Item::questionId, Comparator.comparing(Report.Item::questionId)),
    SECTION("section", Report.Item::section, Comparator.comparing(Report.Item::section)),
    DIFFICULTY("difficulty", i -> i.difficulty().toLowerCase(Locale.ROOT),
            Comparator.comparing(i -> difficultyRank(i.difficulty()))),
    TYPE("type", i -> i.type().toLowerCase(Locale.ROOT).replace('_', '-'), Comparator.comparing(Report.Item::type)),
    ANSWERS("answers", i -> String.valueOf(i.answers()), Comparator.comparingInt(Report.Item::answers)),
    FACILITY("facility", i -> percent(i.facility()), number(Report.Item::facility)),
    SD("sd", i -> percent(i.sd()), number(Report.Item::sd)),
    DISCRIMINATION("discrimination", i -> fixed(i.discrimination()), number(Report.Item::discrimination)),
    EFFICIENCY("efficiency", i -> fixed(i.discriminativeEfficiency()), number(Report.Item::discriminativeEfficiency)),
    WEIGHT("weight", i -> fixed(i.effectiveWeight()), number(Report.Item::effectiveWeight)),
    FLAGS("flags", i -> String.join(" ", i.flags().stream().map(Report.Flag::code).toList()),
            Comparator.comparingInt(i -> i.flags().size()));

    private final String key;
    private final Function<Report.Item, String> cell;
    private final Comparator<Report.Item> order;

    Column(String key, Function<Report.Item, String> cell, Comparator<Report.Item> order) {
        this.key = key;
        this.cell = cell;
        this.order = order;
    }

    String key() {
        return key;
    }

    String cell(Report.Item item) {
        return cell.apply(item);
    }

    /** Ascending order; questions without a figure come last either way, then by id. */
    Comparator<Report.Item> order(boolean descending) {
        Comparator<Report.Item> o = descending ? order.reversed() : order;
        return Comparator.comparing((Report.Item i) -> cell(i).isEmpty()).thenComparing(o)
                .thenComparing(Report.Item::questionId);
    }

    static Column byKey(@Nullable String key) {
        for (Column c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        return QUESTION;
    }

    static String percent(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value * 100);
    }

    static String fixed(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static Comparator<Report.Item> number(Function<Report.Item, Double> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static int difficultyRank(String difficulty) {
        return switch (difficulty) {
            case "EASY" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }
}
