package org.landscapelab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.RepeatedTest;

/** The kernels against EJML on random shapes, odd sizes included. */
class MatMulTest {
    final SplittableRandom random = new SplittableRandom(31);
    int repetition;

    @RepeatedTest(30)
    void productsMatchEjml() {
        int m = 1 + random.nextInt(9), k = 1 + random.nextInt(9), n = 1 + random.nextInt(9);
        DMatrixRMaj a = GradientCheckTest.gaussian(m, k, random), b = GradientCheckTest.gaussian(k, n, random);
        DMatrixRMaj c = new DMatrixRMaj(1, 1), expected = new DMatrixRMaj(m, n);
        MatMul.mult(a, b, c);
        CommonOps_DDRM.mult(a, b, expected);
        assertClose(c, expected);

        DMatrixRMaj g = GradientCheckTest.gaussian(m, n, random), acc = GradientCheckTest.gaussian(k, n, random);
        DMatrixRMaj accExpected = acc.copy();
        MatMul.multAddTransA(a, g, acc);
        CommonOps_DDRM.multAddTransA(a, g, accExpected);
        assertClose(acc, accExpected);

        DMatrixRMaj bt = GradientCheckTest.gaussian(n, k, random), scratch = new DMatrixRMaj(1, 1);
        MatMul.multTransB(a, bt, c, scratch);
        CommonOps_DDRM.multTransB(a, bt, expected);
        assertClose(c, expected);
    }

    private static void assertClose(DMatrixRMaj actual, DMatrixRMaj expected) {
        assertThat(actual.numRows).isEqualTo(expected.numRows);
        assertThat(actual.numCols).isEqualTo(expected.numCols);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(actual.data[i]).isCloseTo(expected.data[i], org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
