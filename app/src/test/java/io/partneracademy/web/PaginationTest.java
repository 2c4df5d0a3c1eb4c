package io.partneracademy.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page number in an address leads to, whatever was typed. */
class PaginationTest {

    private static final List<Integer> FORTY_TWO = IntStream.rangeClosed(1, 42).boxed().toList();

    @Test
    void aPageInRangeIsShownWithItsItems() {
        Pagination second = Pagination.of("2", 42, 20);

        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.offset()).isEqualTo(20);
        assertThat(second.slice(FORTY_TWO)).containsExactlyElementsOf(IntStream.rangeClosed(21, 40).boxed().toList());
        assertThat(second.numbers()).containsExactly(1, 2, 3);
        assertThat(second.several()).isTrue();
    }

    @Test
    void missingZeroNegativeOrNonNumbersAreTheFirstPage() {
        for (String typed : new String[]{null, "", " ", "0", "-3", "abc", "2.5", "1e3", "٣", "+2"}) {
            assertThat(Pagination.of(typed, 42, 20).page()).as("page=%s", typed).isEqualTo(1);
        }
    }

    @Test
    void aPageBeyondTheLastIsTheLast() {
        assertThat(Pagination.of("4", 42, 20).page()).isEqualTo(3);
        assertThat(Pagination.of("99999999999999999999", 42, 20).page()).isEqualTo(3);
        assertThat(Pagination.of("3", 42, 20).slice(FORTY_TWO)).containsExactly(41, 42);
    }

    @Test
    void anEmptyListHasOneEmptyPageAndNoPager() {
        Pagination empty = Pagination.of("5", 0, 20);

        assertThat(empty.page()).isEqualTo(1);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.slice(List.of())).isEmpty();
        assertThat(empty.several()).isFalse();
    }

    @Test
    void aCapLimitsThePagesOffered() {
        Pagination capped = Pagination.of("150", 10_000, 10, 100);

        assertThat(capped.pages()).isEqualTo(100);
        assertThat(capped.page()).isEqualTo(100);
    }
}
