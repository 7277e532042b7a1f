package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** H v_k = λ_k v_k, V orthonormal, λ ascending: for the closed 2×2 form and the EJML path alike. */
class SymmetricEigenTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void decomposesRandomSymmetricMatrices(int n) {
        SplittableRandom r = new SplittableRandom(n);
        SymmetricEigen eigen = new SymmetricEigen(n);
        for (int trial = 0; trial < 300; trial++) {
            double[] h = SecondOrderTest.randomSymmetric(n, r);
            if (trial % 3 == 0 && n == 2) h[1] = h[2] = 0;              // already diagonal
            if (trial % 5 == 0 && n == 2) h[3] = h[0];                  // equal diagonal
            if (trial % 7 == 0 && n == 2) h[1] = h[2] = 1e-300;         // nearly diagonal
            eigen.decompose(h);
            for (int k = 0; k < n; k++) {
                if (k > 0) assertThat(eigen.value(k)).isGreaterThanOrEqualTo(eigen.value(k - 1));
                for (int i = 0; i < n; i++) {
                    double hv = 0;
                    for (int j = 0; j < n; j++) hv += h[i * n + j] * eigen.vector(j, k);
                    assertThat(hv).isCloseTo(eigen.value(k) * eigen.vector(i, k), within(1e-13));
                }
                for (int l = 0; l < n; l++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) dot += eigen.vector(i, k) * eigen.vector(i, l);
                    assertThat(dot).isCloseTo(k == l ? 1 : 0, within(1e-14));
                }
            }
        }
    }
}
