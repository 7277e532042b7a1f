package org.landscapelab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.ContourLine;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.LandscapeLayer;
import org.landscapelab.render.Contours;
import org.landscapelab.render.Raster;
import org.landscapelab.render.ValueScale;
import org.landscapelab.render.Viewport;
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
 * Raster of Rastrigin (typed as an expression) plus 20 contour levels at 1024 x 1024: the work of
 * one landscape redraw after a pan or zoom. Target: under 100 ms on 2 cores.
 * Run: scripts/bench RasterContours -f 1 -wi 3 -i 5
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RasterContoursBenchmark {
    private static final String RASTRIGIN = "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";

    @Param({"1024"})
    int size;

    private Landscape landscape;
    private Raster raster;
    private double[] levels;

    @Setup
    public void setUp() {
        landscape = Landscape.ofExpression(RASTRIGIN, new Domain(-5.12, 5.12, -5.12, 5.12));
        raster = Raster.sample(landscape.function(), landscape.domain(), size, size);
        levels = ValueScale.of(ColorScale.LINEAR, raster).levels(20);
    }

    @Benchmark
    public List<ContourLine> rasterAndContours() {
        Raster r = Raster.sample(landscape.function(), landscape.domain(), size, size);
        return Contours.trace(r, ValueScale.of(ColorScale.LINEAR, r).levels(20));
    }

    /** Everything a pan or zoom recomputes off the UI thread: also det H, images and critical points. */
    @Benchmark
    public LandscapeLayer landscapeLayer() {
        return LandscapeLayer.compute(landscape, Viewport.of(landscape.domain()), size, size, FigureOptions.defaults());
    }

    @Benchmark
    public Raster rasterOnly() {
        return Raster.sample(landscape.function(), landscape.domain(), size, size);
    }

    @Benchmark
    public List<ContourLine> contoursOnly() {
        return Contours.trace(raster, levels);
    }
}
