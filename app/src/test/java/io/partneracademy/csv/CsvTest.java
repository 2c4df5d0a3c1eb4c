package io.partneracademy.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void everyFormulaStartIsNeutralisedButNumbersAndOrdinaryTextAreNot() {
        assertThat(List.of("=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx").stream().map(Csv::guard))
                .containsExactly("'=1+2", "'+1+2", "'-1+2", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(List.of("-12", "+3", "-0.25", "42", "", "Acme, Inc.", "50%").stream().map(Csv::guard))
                .containsExactly("-12", "+3", "-0.25", "42", "", "Acme, Inc.", "50%");
    }

    @Test
    void writtenCsvIsRfc4180AsCommonsCsvReadsIt() throws IOException {
        String csv = Csv.write(List.of("name", "note"),
                List.of(List.of("Acme, Inc.", "says \"hi\"\non two lines"), List.of("=evil()", "-5")));

        List<List<String>> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream()
                .map(CSVRecord::toList).toList();

        assertThat(csv).endsWith("\r\n").startsWith("name,note\r\n");
        assertThat(records).containsExactly(List.of("name", "note"),
                List.of("Acme, Inc.", "says \"hi\"\non two lines"), List.of("'=evil()", "-5"));
    }

    @Test
    void readRecordsKnowTheLineTheyStartOnAndBlankLinesAreSkipped() {
        String text = "partner,arr\r\n\"Acme\nEast\",\"$1,000\"\r\n\r\n  \r\nBeta,\"say \"\"x\"\"\"\n";

        List<Csv.Record> records = Csv.read(text);

        assertThat(records).containsExactly(new Csv.Record(1, List.of("partner", "arr")),
                new Csv.Record(2, List.of("Acme\nEast", "$1,000")),
                new Csv.Record(6, List.of("Beta", "say \"x\"")));
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItOpensOn() {
        assertThatThrownBy(() -> Csv.read("partner,arr\nAcme,1\n\"Beta,2\nGamma,3\n"))
                .isInstanceOfSatisfying(MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
