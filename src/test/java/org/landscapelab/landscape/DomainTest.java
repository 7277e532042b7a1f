package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1e308,1e308,-1,1 | the domain's width xmax - xmin = 2e308 overflows; it must be at most 1e300",
        "-1,1,-1.7e308,1.7e308 | the domain's height ymax - ymin = 3.4e308 overflows; it must be at most 1e300",
        "0,1.5e300,0,1 | the domain's width xmax - xmin = 1.5e300 is more than the limit of 1e300",
        "1,0,0,1 | domain needs xmin < xmax, got 1.0 and 0.0",
        "0,1,0,NaN | domain bounds must be finite numbers",
        "0,1e999,0,1 | domain bounds must be finite numbers",
    })
    void anOverflowingOrEmptyDomainIsRefusedWithTheReason(String text, String message) {
        assertThatThrownBy(() -> Domain.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theWidestAllowedDomainStillHasAFiniteDiagonalAndCriticalPointSearch() {
        Domain wide = Domain.parse("-5e299,5e299,-5e299,5e299");
        assertThat(Math.hypot(wide.width(), wide.height())).isFinite();
        CriticalSet set = CriticalPoints.find(Expression.parse("x^2 + y^2").bind(), wide);
        assertThat(set.points()).extracting(CriticalPoint::type).containsExactly(CriticalPoint.Type.MINIMUM);
    }

    @Test
    void searchingADomainAtTheEdgeOfDoubleDoesNotOverflowItsMargins() {
        Domain edge = new Domain(Double.MAX_VALUE - 1e300, Double.MAX_VALUE, -1, 1);
        assertThat(CriticalPoints.find(Expression.parse("y^2").bind(), edge).points()).isEmpty();
    }
}
