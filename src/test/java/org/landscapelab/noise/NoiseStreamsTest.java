package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NoiseStreamsTest {

    @Test
    void sameSeedGivesTheSameNumbersForEveryKind() {
        for (NoiseKind kind : NoiseKind.values()) {
            NoiseProcess process = NoiseSpec.of(kind).with(NoiseCatalog.HURST, 0.3).process();
            double[][] first = new NoiseStreams(42).increments(3, 2, process.sampler(257, 0.01));
            double[][] again = new NoiseStreams(42).increments(3, 2, process.sampler(257, 0.01));
            assertThat(again).as(kind.cliName()).isDeepEqualTo(first);
            if (kind != NoiseKind.NONE) {
                assertThat(new NoiseStreams(43).increments(3, 2, process.sampler(257, 0.01))[0]).isNotEqualTo(first[0]);
            }
        }
    }

    @Test
    void blockRowsAreTheStreamsOfTheirDimension() {
        NoiseStreams streams = new NoiseStreams(7);
        IncrementSampler sampler = new FractionalGaussianNoise(0.7).sampler(100, 0.1);
        double[][] block = streams.increments(5, 3, sampler);
        assertThat(block).hasNumberOfRows(3);
        for (int d = 0; d < 3; d++) assertThat(block[d]).isEqualTo(sampler.sample(streams.stream(5, d)));
    }

    /**
     * Streams of different particles, dimensions and neighbouring seeds are uncorrelated: for two
     * independent N(0, 1) sequences of length n the sample correlation has SE 1/sqrt(n), so each
     * |r| must stay within 5/sqrt(n).
     */
    @Test
    void differentParticlesDimensionsAndSeedsAreUncorrelated() {
        int n = 100_000;
        double[] a = gaussians(new NoiseStreams(1).stream(0, 0), n);
        double[][] others = {
            gaussians(new NoiseStreams(1).stream(0, 1), n),
            gaussians(new NoiseStreams(1).stream(1, 0), n),
            gaussians(new NoiseStreams(1).stream(1, 1), n),
            gaussians(new NoiseStreams(2).stream(0, 0), n),
            gaussians(new NoiseStreams(0).stream(0, 0), n),
        };
        for (double[] b : others) {
            SampleStatistics.assertWithinStandardErrors("stream correlation", correlation(a, b), 0, 1 / Math.sqrt(n));
        }
    }

    /** An ensemble filled on many threads equals the one filled on one thread, number for number. */
    @Test
    void blocksDoNotDependOnTheThreadCount() {
        NoiseStreams streams = new NoiseStreams(99);
        IncrementSampler sampler = new FractionalGaussianNoise(0.3).sampler(500, 0.01);
        double[][][] sequential = IntStream.range(0, 64).mapToObj(p -> streams.increments(p, 2, sampler)).toArray(double[][][]::new);
        double[][][] parallel = IntStream.range(0, 64).parallel().mapToObj(p -> streams.increments(p, 2, sampler)).toArray(double[][][]::new);
        assertThat(parallel).isDeepEqualTo(sequential);
    }

    @Test
    void rejectsNegativeIndicesAndWrongLengths() {
        NoiseStreams streams = new NoiseStreams(1);
        assertThatThrownBy(() -> streams.stream(-1, 0)).hasMessage("particle must be >= 0, got -1");
        assertThatThrownBy(() -> streams.stream(0, -2)).hasMessage("dimension must be >= 0, got -2");
        assertThatThrownBy(() -> streams.fill(new double[][] {new double[3]}, 0, new WhiteNoise().sampler(4, 1)))
                .hasMessage("increment array has length 3, expected 4");
    }

    private static double[] gaussians(RandomGenerator random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = random.nextGaussian();
        return x;
    }

    private static double correlation(double[] a, double[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
