package io.partneracademy.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for reading a number a person typed, as people in different countries write it. */
class TypedNumbersTest {

    @Test
    void aCommaAndAPointTogetherMakeTheLastOneTheDecimalSeparator() {
        assertThat(values("1,822.5")).containsExactly("1822.5");
        assertThat(values("1.822,5")).containsExactly("1822.5");
        assertThat(values("1 822,5")).as("a space groups digits").containsExactly("1822.5");
        assertThat(values("1\u202F822,5")).as("French narrow no-break space").containsExactly("1822.5");
        assertThat(values("1,822.5.1")).as("two decimal points").isEmpty();
    }

    @Test
    void oneKindRepeatedGroupsDigits() {
        assertThat(values("2,456,789")).containsExactly("2456789");
        assertThat(values("2.456.789")).containsExactly("2456789");
        assertThat(values("1,00,000")).as("Indian grouping").containsExactly("100000");
        assertThat(values("1,822,5")).containsExactly("18225");
    }

    @Test
    void aSingleSeparatorIsDecimalUnlessExactlyThreeDigitsFollowThenBothReadingsCount() {
        assertThat(values("43,2")).containsExactly("43.2");
        assertThat(values("43.25")).containsExactly("43.25");
        assertThat(values("3,1416")).containsExactly("3.1416");
        assertThat(values(",5")).containsExactly("0.5");
        assertThat(values("1,822")).containsExactly("1822", "1.822");
        assertThat(values("1.822")).containsExactly("1822", "1.822");
        assertThat(values("-1,000")).containsExactly("-1000", "-1.000");
    }

    @Test
    void anAmbiguousAnswerIsRightWhenEitherReadingIsWithinTheTolerance() {
        assertThat(TypedNumbers.within("1,000", new BigDecimal("1000"), BigDecimal.ZERO)).as("Boston").isTrue();
        assertThat(TypedNumbers.within("1.000", new BigDecimal("1000"), BigDecimal.ZERO)).as("Munich").isTrue();
        assertThat(TypedNumbers.within("3,142", new BigDecimal("3.142"), BigDecimal.ZERO)).as("Lyon").isTrue();
        assertThat(TypedNumbers.within("3,14", new BigDecimal("314"), BigDecimal.ZERO)).isFalse();
    }

    @Test
    void whatIsNotANumberHasNoReading() {
        assertThat(values("12,x")).isEmpty();
        assertThat(values("about 800")).isEmpty();
        assertThat(values("")).isEmpty();
        assertThat(values("1e99999")).as("exponents of at most three digits").isEmpty();
        assertThat(values("3e1")).containsExactly("3E+1");
    }

    @Test
    void authorsWriteADecimalPointAndCommasOnlyGroup() {
        assertThat(TypedNumbers.authored("1,822")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1822"));
        assertThat(TypedNumbers.authored("90 000")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("90000"));
        assertThat(TypedNumbers.authored("43.2")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("43.2"));
        assertThat(TypedNumbers.authored("a week")).isEmpty();
    }

    private static List<String> values(String typed) {
        return TypedNumbers.readings(typed).stream().map(BigDecimal::toString).toList();
    }
}
