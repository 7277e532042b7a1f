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

    /**
     * Rows of b wider than a panel ({@link MatMul#PANEL_NUMBERS}) go in panels of four rows: every
     * entry is still summed in the documented order (groups of four products from the first, single
     * products for the remainder and for the whole last row when the rows are odd), bit for bit.
     */
    @RepeatedTest(3)
    void panelsKeepTheOrderOfAdditions() {
        int m = 3 + random.nextInt(3), k = 9 + random.nextInt(4), n = MatMul.PANEL_NUMBERS / 4 + 1 + random.nextInt(50);
        DMatrixRMaj a = GradientCheckTest.gaussian(m, k, random), b = GradientCheckTest.gaussian(k, n, random);
        DMatrixRMaj c = new DMatrixRMaj(1, 1);
        MatMul.mult(a, b, c);
        for (int r = 0; r < m; r++) {
            int grouped = r == m - 1 && m % 2 == 1 ? 0 : k & ~3;
            for (int j = 0; j < n; j++) {
                double e = 0;
                int q = 0;
                for (; q < grouped; q += 4) {
                    e += a.get(r, q) * b.get(q, j) + a.get(r, q + 1) * b.get(q + 1, j)
                            + a.get(r, q + 2) * b.get(q + 2, j) + a.get(r, q + 3) * b.get(q + 3, j);
                }
                for (; q < k; q++) e += a.get(r, q) * b.get(q, j);
                assertThat(c.get(r, j)).as("(%d, %d)", r, j).isEqualTo(e);
            }
        }
    }

    private static void assertClose(DMatrixRMaj actual, DMatrixRMaj expected) {
        assertThat(actual.numRows).isEqualTo(expected.numRows);
        assertThat(actual.numCols).isEqualTo(expected.numCols);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(actual.data[i]).isCloseTo(expected.data[i], org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
