package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Landscapes whose values span decades above their floor open in the log colour scale; a file's own scale wins. */
class DefaultScaleTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private final LandscapeFormat format = new LandscapeFormat();

    @Test
    void narrowValleysOpenInLogAndBowlsStayLinear() {
        assertThat(CATALOG.byId("rosenbrock").orElseThrow().scale()).isEqualTo(ColorScale.LOG);
        assertThat(CATALOG.byId("widening_valley").orElseThrow().scale()).isEqualTo(ColorScale.LOG);
        assertThat(Landscape.ofExpression("x^2 + y^2", new Domain(-2, 2, -2, 2)).scale()).isEqualTo(ColorScale.LINEAR);
        for (String bowl : new String[] {"booth", "matyas", "ill_conditioned_quadratic", "himmelblau"}) {
            assertThat(CATALOG.byId(bowl).orElseThrow().scale()).as(bowl).isEqualTo(ColorScale.LINEAR);
        }
        // A typed expression is judged by its values too, not by a name.
        assertThat(Landscape.ofExpression("(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3)).scale()).isEqualTo(ColorScale.LOG);
    }

    @Test
    void theDecisionFollowsTheDomainAndParameters() {
        Landscape valley = CATALOG.byId("widening_valley").orElseThrow();
        // Away from the axes, where it is zero, ½x²y² spans one decade: nothing to show in log.
        assertThat(valley.withDomain(new Domain(1, 2, 1, 2)).scale()).isEqualTo(ColorScale.LINEAR);
        assertThat(valley.namedScale()).isEmpty();
        // Rosenbrock's family with gentle walls (b = 1) is a bowl; the default b = 100 a valley.
        Landscape family = Landscape.ofExpression("(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3));
        assertThat(family.scale()).isEqualTo(ColorScale.LOG);
        assertThat(Landscape.ofExpression("(1 - x)^2 + 1*(y - x^2)^2", new Domain(-2, 2, -1, 3)).scale()).isEqualTo(ColorScale.LINEAR);
    }

    @Test
    void aFilesOwnScaleWinsAndIsWrittenBackWhileADecidedOneIsNot() throws Exception {
        String named = "{\"name\": \"R\", "
                + "\"expression\": \"(1 - x)^2 + 100*(y - x^2)^2\", \"domain\": {\"x\": [-2, 2], \"y\": [-1, 3]}, \"scale\": \"linear\"}";
        Landscape l = format.read(named, "r.json");
        assertThat(l.scale()).isEqualTo(ColorScale.LINEAR);
        assertThat(format.write(l).get("scale").asText()).isEqualTo("linear");

        Landscape decided = format.read(named.replace(", \"scale\": \"linear\"", ""), "r.json");
        assertThat(decided.scale()).isEqualTo(ColorScale.LOG);
        assertThat(format.write(decided).has("scale")).isFalse();
        assertThat(CATALOG.byId("goldstein_price").orElseThrow().namedScale()).contains(ColorScale.LOG);
    }

    @Test
    void theRuleIsDeterministicAndCheap() {
        Landscape rosenbrock = CATALOG.byId("rosenbrock").orElseThrow();
        Landscape ackley = CATALOG.byId("ackley").orElseThrow();
        // About 1 ms each on a 128² grid here; 20 of each within 2 s is a bound for "cheap", not a benchmark.
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 20; i++) {
                assertThat(DefaultScale.of(rosenbrock.function(), rosenbrock.domain())).isEqualTo(ColorScale.LOG);
                assertThat(DefaultScale.of(ackley.function(), ackley.domain())).isEqualTo(ColorScale.LINEAR);
            }
        });
    }

    @Test
    void constantsAndUndefinedValuesStayLinear() {
        assertThat(Landscape.ofExpression("0*x + 1", new Domain(-1, 1, -1, 1)).scale()).isEqualTo(ColorScale.LINEAR);
        assertThat(Landscape.ofExpression("log(x - 5) + y", new Domain(-1, 1, -1, 1)).scale()).isEqualTo(ColorScale.LINEAR);
    }
}
