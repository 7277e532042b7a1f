package org.landscapelab.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.RepeatedTest;
import org.landscapelab.nn.GradientCheckTest;

/**
 * The per-head products on blocks of larger matrices, plain and transposed, against EJML's products
 * of the blocks copied out: the same numbers bit for bit (at these sizes EJML also forms each sum
 * in order and then scales it), written only inside the block.
 */
class HeadProductTest {
    final SplittableRandom random = new SplittableRandom(17);

    @RepeatedTest(30)
    void blocksInPlaceMatchEjmlOnCopies() {
        int m = 1 + random.nextInt(9), k = 1 + random.nextInt(9), n = 1 + random.nextInt(9);
        double alpha = random.nextBoolean() ? 1 : 0.25 + random.nextDouble();
        // a's m × k block and its transpose's k × m block live in a wider matrix at (2, 3)
        DMatrixRMaj big = GradientCheckTest.gaussian(12, 14, random);
        int at = 2 * 14 + 3, stride = 14;
        DMatrixRMaj a = CommonOps_DDRM.extract(big, 2, 2 + m, 3, 3 + k);
        DMatrixRMaj aT = CommonOps_DDRM.extract(big, 2, 2 + k, 3, 3 + m);
        DMatrixRMaj b = GradientCheckTest.gaussian(k, n, random), bT = GradientCheckTest.gaussian(n, k, random);

        DMatrixRMaj expected = new DMatrixRMaj(1, 1);
        CommonOps_DDRM.mult(alpha, a, b, expected);                      // alpha · A B
        assertProduct(expected, out -> HeadProduct.multiply(alpha, big.data, at, stride, 1, b.data, 0, n, 1, out, 5, 11, m, k, n), m, n);
        CommonOps_DDRM.multTransB(alpha, a, bT, expected);               // alpha · A Bᵀ, Bᵀ read with its strides swapped
        assertProduct(expected, out -> HeadProduct.multiply(alpha, big.data, at, stride, 1, bT.data, 0, 1, k, out, 5, 11, m, k, n), m, n);
        CommonOps_DDRM.multTransA(alpha, aT, b, expected);               // alpha · Aᵀ B, Aᵀ read with its strides swapped
        assertProduct(expected, out -> HeadProduct.multiply(alpha, big.data, at, 1, stride, b.data, 0, n, 1, out, 5, 11, m, k, n), m, n);
    }

    /** Runs the product into a 12 × 11 array at offset 5 with row stride 11 and checks the block and that nothing else changed. */
    private static void assertProduct(DMatrixRMaj expected, java.util.function.Consumer<double[]> product, int m, int n) {
        double[] out = new double[5 + 11 * 12];
        java.util.Arrays.fill(out, Double.NaN);
        product.accept(out);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 11; j++) {
                int at = 5 + i * 11 + j;
                if (i < m && j < n) {
                    assertThat(out[at]).as("(%d, %d)", i, j).isEqualTo(expected.get(i, j));
                } else {
                    assertThat(out[at]).as("outside the block at (%d, %d)", i, j).isNaN();
                }
            }
        }
    }
}
