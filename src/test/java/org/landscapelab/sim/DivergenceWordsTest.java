package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;

/** A run that diverges says how far it went, in readable numbers, and which rate to try where the rate is the cause. */
class DivergenceWordsTest {
    @Test
    void anUnstableRateIsNamedWithTheRateToTry() {
        Landscape himmelblau = Catalog.builtIn().byId("himmelblau").orElseThrow();
        Trajectory t = Runs.run(himmelblau, RunSpec.of(OptimizerSpec.parse("sgd lr=0.1"), himmelblau.defaultStart(), 100));
        assertThat(t.divergedAt()).isEqualTo(4);
        assertThat(t.divergence()).matches("the iterate left the bound, [0-9,.]+× the domain's size from its centre: "
                + "lr 0.1 is too large here \\(λmax ≈ 82\\); try lr ≤ 0.02");
        assertThat(t.divergence()).doesNotContain("1414.2");
    }

    @Test
    void theDistanceIsGivenInDomainSizesWithTwoSignificantDigits() {
        // x_k = (-2)^k (1, 1) on the bowl: at k = 9 it is 512·√2 from the centre, 181× the diagonal √8.
        Landscape bowl = Landscape.ofExpression("x^2 + y^2", new Domain(-1, 1, -1, 1));
        Trajectory t = Runs.run(bowl, RunSpec.of(OptimizerSpec.parse("sgd lr=1.5"), new Point(1, 1), 1000).withBound(500));
        assertThat(t.divergedAt()).isEqualTo(9);
        assertThat(t.divergence()).isEqualTo("the iterate left the bound, 260× the domain's size from its centre: "
                + "lr 1.5 is too large here (λmax ≈ 2); try lr ≤ 0.5");
    }

    @Test
    void aRunThatIsUndefinedKeepsItsOwnReason() {
        Landscape log = Landscape.ofExpression("log(x) + y^2", new Domain(0.1, 2, -1, 1));
        Trajectory nan = Runs.run(log, RunSpec.of(OptimizerSpec.parse("sgd lr=1"), new Point(0.5, 0), 10));
        assertThat(nan.divergence()).isEqualTo("f is not finite here");
    }

    @Test
    void aStableRateIsNotBlamed() {
        // Gradient descent escapes the saddle x² − y² at any rate; at lr 0.01 the 200-step trial stays in,
        // the 2,000-step run does not: the rate is not the cause.
        Landscape saddle = Landscape.ofExpression("x^2 - y^2", new Domain(-2, 2, -2, 2));
        Trajectory t = Runs.run(saddle, RunSpec.of(OptimizerSpec.parse("sgd lr=0.01"), new Point(1, 0.01), 2000));
        assertThat(t.diverged()).isTrue();
        assertThat(t.divergence()).startsWith("the iterate left the bound, ").doesNotContain("lr");
    }
}
