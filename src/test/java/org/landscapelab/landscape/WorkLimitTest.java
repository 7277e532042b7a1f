package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Critical-point searches on pathological input refuse at once instead of running for minutes. */
class WorkLimitTest {
    private static final Domain SQUARE = new Domain(-2, 2, -2, 2);

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aTowerOfPowersIsTooLargeToSearch() {
        Expression tower = Expression.parse(String.join("^", Collections.nCopies(150, "x")));
        assertThatThrownBy(() -> CriticalPoints.find(tower.bind(), SQUARE))
                .isInstanceOf(WorkLimitException.class)
                .hasMessageStartingWith("the expression is too large to search for critical points: one evaluation with its derivatives costs ")
                .hasMessageEndingWith("units, more than the limit of 1000");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deeplyNestedSinesAreTooLargeToSearch() {
        Expression nested = Expression.parse("sin(".repeat(120) + "x + y" + ")".repeat(120));
        assertThatThrownBy(() -> CriticalPoints.find(nested.bind(), SQUARE))
                .isInstanceOf(WorkLimitException.class).hasMessageContaining("more than the limit of 1000");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aDataLandscapeOf99000RowsIsRefusedBeforeTheSearchStarts() {
        double[][] rows = new double[99_000][];
        for (int i = 0; i < rows.length; i++) rows[i] = new double[] {Math.sin(i), Math.cos(i), i % 2};
        Expression term = Expression.parse("log(1 + exp(-(2*c - 1)*(a*x + b*y)))", List.of("a", "b", "c"));
        LandscapeFunction f = term.bindSum(new double[0], new Dataset(List.of("a", "b", "c"), rows));
        assertThatThrownBy(() -> CriticalPoints.find(f, SQUARE))
                .isInstanceOf(WorkLimitException.class)
                .hasMessageStartingWith("finding the critical points needs at least ")
                .hasMessageContaining("over 99000 data rows), more than the limit of " + CriticalPoints.MAX_WORK);
    }

    @Test
    void everyShippedLandscapeIsWithinTheLimits() {
        for (Landscape l : Catalog.builtIn().all()) {
            assertThat(l.function().cost()).as(l.id()).isLessThanOrEqualTo(CriticalPoints.MAX_TERM_COST);
        }
        for (Landscape l : new LandscapeFiles().loadDirectory(java.nio.file.Path.of("sample-landscapes")).landscapes()) {
            assertThat(l.function().cost() / l.function().terms()).as(l.id()).isLessThanOrEqualTo(CriticalPoints.MAX_TERM_COST);
            assertThat(l.function().cost() * 96L * 96).as(l.id()).isLessThan(CriticalPoints.MAX_WORK / 100);
        }
    }
}
