package org.landscapelab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.slice.FullBatchLoss;
import org.landscapelab.nn.slice.NetworkSlice;
import org.landscapelab.nn.slice.SliceDirections;
import org.landscapelab.nn.slice.SliceGrid;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target for "Landscape from the network": a 128×128 slice (value and both projected
 * derivatives at every point, one backpropagation each) of a 4-layer transformer, d = 32, one
 * sequence of n = 16 tokens, 4 heads, FFN 128, on 2 threads. Target: under 15 s.
 * Run: scripts/bench SliceBenchmark (single shot: JMH prints each run; take their median).
 *
 * <p>Measured 2026-11-30 on the shared 2 cores while other builds kept the load average at 10–11:
 * two rounds of 5 runs, medians 30.5 s and 47.3 s (fastest 15.3 s), so the target could not be shown
 * in wall time that day. The work itself: 0.95 ms of CPU per point on one thread (ThreadMXBean, a
 * 48×48 grid), i.e. about 7.8 s for the 16,384 points on two free cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class SliceBenchmark {
    static final int GRID = 128, THREADS = 2;

    private NetworkSlice slice;

    @Setup
    public void setUp() {
        TransformerSpec spec = new TransformerSpec(16, 32, 4, 4, Norm.POST_LN, 1.0, 128, 1e-5);
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 1);
        SplittableRandom random = new SplittableRandom(2);
        FullBatchLoss loss = new FullBatchLoss(net, AtInitialization.gaussian(16, 32, random), AtInitialization.gaussian(16, 32, random));
        SliceDirections d = SliceDirections.filterNormalized(net.parameters(), 3);
        slice = new NetworkSlice(loss, ParameterVector.values(net.parameters()), d.d1(), d.d2());
    }

    @Benchmark
    public double grid128() {
        return SliceGrid.evaluate(slice, GRID, 1.0, THREADS, SliceGrid.QUIETLY).loss()[GRID * GRID / 2];
    }
}
