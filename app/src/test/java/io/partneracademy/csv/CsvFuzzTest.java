package io.partneracademy.csv;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the one CSV reader every import uses: any text gives records at real lines or a
 * {@link MalformedCsvException} naming a real line; and cells written by {@link Csv#write} read back as written
 * (after the formula guard).
 */
class CsvFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void anyTextGivesRecordsOrALineErrorAndWrittenCellsReadBack(FuzzedDataProvider data) {
        List<String> cells = new ArrayList<>();
        int count = data.consumeInt(1, 6);
        for (int i = 0; i < count; i++) {
            cells.add(data.consumeString(40));
        }
        String text = data.consumeRemainingAsString();
        int lines = text.split("\r\n|\r|\n", -1).length; // the parser counts CR, LF and CRLF as line breaks

        try {
            for (Csv.Record record : Csv.read(text)) {
                assertThat(record.line()).isBetween(1, lines);
            }
        } catch (MalformedCsvException e) {
            assertThat(e.line()).isBetween(1, lines);
        }
        List<Csv.Record> back = Csv.read(Csv.write(List.of("h"), List.of(cells)));
        List<String> expected = cells.stream().map(Csv::guard).toList();
        if (expected.size() > 1 || !expected.get(0).isBlank()) { // a lone blank cell is a blank line: skipped
            assertThat(back).hasSize(2);
            assertThat(back.get(1).fields()).isEqualTo(expected);
        }
    }
}
