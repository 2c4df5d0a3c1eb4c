package io.partneracademy.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One way to print a file size, from an empty file to gigabytes, with the edges where the unit changes. */
class FileSizesTest {

    @Test
    void bytesBelowOneKilobyteAreCountedOneByOne() {
        assertThat(FileSizes.label(0)).isEqualTo("0 B");
        assertThat(FileSizes.label(1)).isEqualTo("1 B");
        assertThat(FileSizes.label(1023)).isEqualTo("1023 B");
    }

    @Test
    void wholeUnitsHaveNoDecimalAndOthersOne() {
        assertThat(FileSizes.label(1024)).isEqualTo("1 KB");
        assertThat(FileSizes.label(1536)).isEqualTo("1.5 KB");
        assertThat(FileSizes.label(1024 * 1024 * 3 / 2)).isEqualTo("1.5 MB");
        assertThat(FileSizes.label(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(FileSizes.label(3L * 1024 * 1024 * 1024)).isEqualTo("3 GB");
        assertThat(FileSizes.label(5000L * 1024 * 1024 * 1024)).isEqualTo("5000 GB");
    }

    @Test
    void aSizeThatRoundsUpToTheNextUnitIsShownInIt() {
        assertThat(FileSizes.label(1024 * 1024 - 1)).isEqualTo("1 MB");
        assertThat(FileSizes.label(1024 * 1024 - 60)).isEqualTo("1023.9 KB");
    }

    @Test
    void aNegativeSizeIsAProgrammingError() {
        assertThatThrownBy(() -> FileSizes.label(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
