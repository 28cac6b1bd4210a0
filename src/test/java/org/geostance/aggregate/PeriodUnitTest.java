package org.geostance.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodUnitTest {
    @Test
    void monthQuarterAndYearOfADayOrAMonth() {
        assertThat(PeriodUnit.MONTH.of("2020-07-08")).isEqualTo("2020-07");
        assertThat(PeriodUnit.MONTH.of("2020-07")).isEqualTo("2020-07");
        assertThat(PeriodUnit.QUARTER.of("2020-01-31")).isEqualTo("2020-Q1");
        assertThat(PeriodUnit.QUARTER.of("2020-03")).isEqualTo("2020-Q1");
        assertThat(PeriodUnit.QUARTER.of("2020-04-01")).isEqualTo("2020-Q2");
        assertThat(PeriodUnit.QUARTER.of("2020-09")).isEqualTo("2020-Q3");
        assertThat(PeriodUnit.QUARTER.of("2020-12-31")).isEqualTo("2020-Q4");
        assertThat(PeriodUnit.YEAR.of("2020-12-31")).isEqualTo("2020");
    }

    @Test
    void noDateIsTheUnknownPeriodWhichSortsLast() {
        for (PeriodUnit unit : PeriodUnit.values()) {
            assertThat(unit.of(null)).isEqualTo("unknown");
            List<String> periods = new ArrayList<>(List.of(unit.of(null), unit.of("2025-11-02"), unit.of("2019-02")));
            Collections.sort(periods);
            assertThat(periods).containsExactly(unit.of("2019-02"), unit.of("2025-11-02"), "unknown");
        }
    }

    @Test
    void parsesTheOptionInAnyCase() {
        assertThat(PeriodUnit.parse("Quarter")).isEqualTo(PeriodUnit.QUARTER);
        assertThatThrownBy(() -> PeriodUnit.parse("week")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("month, quarter or year");
    }
}
