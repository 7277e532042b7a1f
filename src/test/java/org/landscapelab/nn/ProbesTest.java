package org.landscapelab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void identicalTokensAreFullyCollapsed() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}});
        LayerProbes p = Probes.of(x);
        assertThat(p.meanTokenCosine()).isCloseTo(1, within(1e-15));
        assertThat(p.stableRank()).isCloseTo(1, within(1e-12));
        assertThat(p.residualRatio()).isCloseTo(0, within(1e-15));
        assertThat(p.effectiveRank()).isCloseTo(1, within(1e-6));
    }

    @Test
    void orthogonalTokensOfEqualNormHaveFullRank() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{2, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 2, 0}});
        LayerProbes p = Probes.of(x);
        assertThat(p.meanTokenCosine()).isZero();
        assertThat(p.stableRank()).isCloseTo(3, within(1e-12));
        assertThat(p.effectiveRank()).isCloseTo(3, within(1e-12));
        // x̄ = (2/3)(1,1,1,0): ‖X − 1x̄ᵀ‖² = 12 − 3‖x̄‖² = 8, ‖X‖² = 12.
        assertThat(p.residualRatio()).isCloseTo(Math.sqrt(8.0 / 12), within(1e-15));
    }

    @Test
    void oppositeTokensHaveCosineMinusOne() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 1}, {-2, -2}});
        assertThat(Probes.meanTokenCosine(x)).isCloseTo(-1, within(1e-15));
    }

    @Test
    void effectiveRankFollowsTheSingularValueEntropy() {
        // Singular values 3 and 1: p = (3/4, 1/4).
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{3, 0}, {0, 1}});
        double h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        assertThat(Probes.effectiveRank(x)).isCloseTo(Math.exp(h), within(1e-14));
        assertThat(Probes.stableRank(x)).isCloseTo(10.0 / 9, within(1e-14));
    }

    @Test
    void rankMeasuresLieBetweenOneAndTheRank() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            DMatrixRMaj x = new DMatrixRMaj(8, 5);
            for (int i = 0; i < x.getNumElements(); i++) x.data[i] = random.nextGaussian();
            LayerProbes p = Probes.of(x);
            assertThat(p.stableRank()).isBetween(1.0, 5.0);
            assertThat(p.effectiveRank()).isBetween(p.stableRank() - 1e-12, 5.0);
            assertThat(p.meanTokenCosine()).isBetween(-1.0, 1.0);
            assertThat(p.residualRatio()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void zeroMatrixGivesZeros() {
        LayerProbes p = Probes.of(new DMatrixRMaj(3, 4));
        assertThat(p.stableRank()).isZero();
        assertThat(p.residualRatio()).isZero();
        assertThat(p.effectiveRank()).isZero();
        assertThat(p.meanTokenCosine()).isZero();
    }
}
