package io.partneracademy.itemstats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void aSectionAuthoredAsAFormulaIsExportedAsTextAndNegativeNumbersStayNumbers() {
        List<String> cells = List.of("q-1", "=HYPERLINK(\"https://evil.example\",\"open\")", "easy", "single", "12",
                "50%", "20%", "-0.25", "0.40", "10.00", "");
        StatisticsPage.Row row = new StatisticsPage.Row("q-1", "Stem", cells, List.of("low-discrimination"), false,
                List.of(), List.of());

        List<String> lines = CsvExport.write(List.of(row)).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(
                "q-1,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"open\"\")\",easy,single,12,50%,20%,-0.25,0.40,"
                        + "10.00,,low-discrimination,");
    }
}
