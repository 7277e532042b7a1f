package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.params.Range;
import org.landscapelab.params.SliderRange;

class EscapeSweepTest {
    private static final Landscape SADDLE = Catalog.builtIn().byId("quadratic_saddle").orElseThrow();
    private static final Point ORIGIN = new Point(0, 0);

    private static EnsembleSpec fbmEscape() {
        RunSpec run = RunSpec.of(OptimizerSpec.parse("sgd lr=0.05"), ORIGIN, 100)
                .withNoise(NoiseSpec.parse("fbm:sigma=0.1"), NoiseMode.ITERATE).withSeed(7);
        return new EnsembleSpec(run, 20, StartRegion.point(ORIGIN), EscapeCriterion.radius(ORIGIN, 1), 0);
    }

    @Test
    void eachPointIsTheEnsembleWithThatValueOfTheCatalogsParameter() {
        List<EscapeSweep.SweepPoint> curve = EscapeSweep.run(SADDLE, fbmEscape(), NoiseCatalog.HURST, new double[] {0.3, 0.7}, 1,
                Progress.NONE);
        assertThat(curve).extracting(EscapeSweep.SweepPoint::value).containsExactly(0.3, 0.7);
        EnsembleSpec at07 = fbmEscape();
        RunSpec run = at07.run().withNoise(at07.run().noise().with(NoiseCatalog.HURST, 0.7), at07.run().mode());
        EnsembleResult direct = Ensembles.run(SADDLE, new EnsembleSpec(run, 20, at07.starts(), at07.escape(), 0), 1, Progress.NONE);
        assertThat(curve.get(1).summary()).isEqualTo(direct.escapeSummary());
    }

    @Test
    void valuesOutsideTheParametersRangeAndUnsweepableParametersAreRefused() {
        assertThatThrownBy(() -> EscapeSweep.run(SADDLE, fbmEscape(), NoiseCatalog.HURST, new double[] {0.5, 1.5}, 1, Progress.NONE))
                .hasMessage("hurst must be in (0, 1), got 1.5");
        NoiseParameter fixed = new NoiseParameter("hurst", "H", "Hurst index", "m", "f", new Range(0, false, 1, false), null, 0.5,
                SliderRange.linear(0.1, 0.9), false);
        assertThatThrownBy(() -> EscapeSweep.run(SADDLE, fbmEscape(), fixed, new double[] {0.3}, 1, Progress.NONE))
                .hasMessage("escape times cannot be swept over hurst");
    }
}
