package org.landscapelab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.landscapelab.noise.FractionalGaussianNoise;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.WhiteNoise;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fractional Gaussian noise of length 2^20 by Davies–Harte. Target: under 100 ms (NumPy's FFT
 * Davies–Harte takes 0.49 s on this machine). Sample-time mode, so JMH reports the median (p0.50),
 * which a shared machine disturbs less than the mean.
 * <ul>
 *   <li>fgnPath: one path from scratch (autocovariances, eigenvalue FFT, then the sample);
 *   <li>fgnPreparedSampler: one more path from a sampler made once, as an ensemble draws them;
 *   <li>whiteNoise: 2^20 Gaussian increments, the floor any method pays for its random numbers.
 * </ul>
 * Run: scripts/bench NoiseBenchmark -f 1 -wi 3 -i 5
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NoiseBenchmark {
    static final int N = 1 << 20;
    static final double DT = 0.01;

    @Param({"0.3", "0.7"})
    double hurst;

    private FractionalGaussianNoise fgn;
    private IncrementSampler prepared;
    private final SplittableRandom random = new SplittableRandom(2024);

    @Setup
    public void setUp() {
        fgn = new FractionalGaussianNoise(hurst);
        prepared = fgn.sampler(N, DT);
    }

    @Benchmark
    public double[] fgnPath() {
        return fgn.increments(N, DT, random);
    }

    @Benchmark
    public double[] fgnPreparedSampler() {
        return prepared.sample(random);
    }

    @Benchmark
    public double[] whiteNoise() {
        return new WhiteNoise().increments(N, DT, random);
    }
}
