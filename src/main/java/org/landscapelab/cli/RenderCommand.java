package org.landscapelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landscapelab.io.AtomicWrite;
import org.landscapelab.io.Manifest;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.landscape.WorkLimitException;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerCatalog;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.Figure;
import org.landscapelab.io.FigureFiles;
import org.landscapelab.render.FigureExport;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.FigureSize;
import org.landscapelab.render.Layer;
import org.landscapelab.render.Palette;
import org.landscapelab.render.PathStyle;
import org.landscapelab.render.RasterLimits;
import org.landscapelab.render.Theme;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a landscape (heatmap, contours, saddle regions, critical points) with each optimizer's "
                + "trajectory in its own colour and a legend, as PNG, SVG or PDF by the extension of --out.",
                "Every optimizer runs from the same start with the same noise realization (the same seed). "
                + "With --manifest, FILE.manifest.json records everything that reproduces the runs (see replay)."})
final class RenderCommand implements Callable<Integer> {
    /** Larger images than this per side are a typo, not a figure. */
    static final int MAX_PIXELS = 20_000;

    @Spec
    CommandSpec spec;

    @Mixin
    LandscapeOptions landscapeOptions;

    /**
     * One --optimizer with the --param options that follow it. --optimizer is checked in call(), not
     * marked required, so that a stray --param gets a message that says what to do.
     */
    static final class OptimizerGroup {
        @Option(names = "--optimizer", paramLabel = "KIND",
                description = "An optimizer to draw, repeatable: sgd, adam, adamw, rmsprop, adagrad, newton, cubic-newton, "
                        + "saddle-free-newton, pgd, svrg, sarah or weight-norm-gd.")
        String kind;

        @Option(names = "--param", paramLabel = "NAME=VALUE",
                description = "A hyper-parameter of the --optimizer before it, by its PyTorch name, repeatable: --param lr=0.01.")
        List<String> params; // no initial list: picocli would share one list between the groups

        List<String> params() {
            return params == null ? List.of() : params;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<OptimizerGroup> optimizers = new ArrayList<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start of every run (default: the landscape's first suggested start).")
    String start;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Optimizer steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Mixin
    NoiseOptions noiseOptions;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "0",
            description = "Rows per minibatch on a finite-sum landscape (0: full gradient).")
    int batchSize;

    @Option(names = "--bound", paramLabel = "R",
            description = "A run has diverged once it is farther than R from the domain's centre (default: 100 domain diagonals).")
    Double bound;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg or FILE.pdf.")
    String out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "560",
            description = "Figure width in points, 1/72 inch (default: ${DEFAULT-VALUE}); a PNG has W*D/72 pixels.")
    double width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "420", description = "Figure height in points (default: ${DEFAULT-VALUE}).")
    double height;

    @Option(names = "--dpi", paramLabel = "D", description = "Resolution of a PNG, dots per inch (default: 300).")
    Integer dpi;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the landscape's name; \"\" for none).")
    String title;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Colours around the plot (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--font-scale", paramLabel = "S", defaultValue = "1",
            description = "Scales text, markers and lines together, e.g. 1.5 for a talk (default: ${DEFAULT-VALUE}).")
    double fontScale;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    boolean noLegend;

    @Option(names = "--colormap", paramLabel = "NAME", defaultValue = "viridis",
            description = "viridis, cividis or coolwarm (default: ${DEFAULT-VALUE}).")
    String colormap;

    @Option(names = "--path", paramLabel = "raw|thin|smooth", defaultValue = "raw",
            description = "How trajectories are drawn: every iterate, every k-th (about " + PathStyle.THIN_VERTICES
                    + " per path), or a moving average over a faint raw line, for noisy runs (default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--manifest", description = "Also write FILE.manifest.json, which replay reruns bit for bit.")
    boolean manifest;

    @Override
    public Integer call() {
        Path path = OutputFile.of("--out", out);
        FigureFormat format = format(path);
        // both targets are checked before any work, and written together: never a new figure beside an old manifest
        Path manifestPath = manifest ? OutputFile.of("--manifest", ManifestFormat.beside(path).toString()) : null;
        FigureOptions options = figureOptions(format);
        Landscape l = landscapeOptions.landscape();
        List<RunSpec> runs = runSpecs(l);
        if (manifest && runs.isEmpty()) throw new UsageException("--manifest: there are no runs to record; add an --optimizer");
        List<TrajectoryOverlay> overlays = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (int i = 0; i < runs.size(); i++) {
            Trajectory t = run(l, runs.get(i));
            String label = runs.get(i).optimizer().label();
            overlays.add(new TrajectoryOverlay(label, Palette.color(i), points(t), t.size() - 1, t.divergedAt()));
            if (t.diverged()) err.println("note: " + label + " diverged at step " + t.divergedAt() + ": " + t.divergence());
        }
        // the landscape's own colour scale (named in its file, else decided from its values: DefaultScale), as the app shows it
        Figure figure;
        try {
            figure = Figure.compute(l, options.withScale(l.scale()).withTitle(title == null ? l.name() : title)).withOverlays(overlays);
        } catch (WorkLimitException e) {
            throw new UsageException("--landscape: " + e.getMessage());
        }
        Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
        files.put(path, FigureFiles.content(figure, path, size()));
        if (manifest) {
            byte[] text = new ManifestFormat().text(Manifest.of(l, runs)).getBytes(StandardCharsets.UTF_8);
            files.put(manifestPath, o -> o.write(text));
        }
        try {
            AtomicWrite.writeAll(files);
        } catch (IOException e) {
            boolean ofManifest = manifest && e.getMessage().startsWith("cannot write " + manifestPath + ":");
            throw new UsageException((ofManifest ? "--manifest: " : "--out: ") + e.getMessage());
        }
        err.flush();
        return 0;
    }

    private static FigureFormat format(Path path) {
        try {
            return FigureFiles.format(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out: " + e.getMessage());
        }
    }

    private FigureOptions figureOptions(FigureFormat format) {
        if (!(width >= 16 && width <= 14_400)) throw new UsageException("--width must be in [16, 14400] points, got " + Csv.number(width));
        if (!(height >= 16 && height <= 14_400)) throw new UsageException("--height must be in [16, 14400] points, got " + Csv.number(height));
        if (dpi != null) {
            if (format != FigureFormat.PNG) throw new UsageException("--dpi applies to PNG only: SVG and PDF are vector files");
            if (dpi < 18 || dpi > 2400) throw new UsageException("--dpi must be in [18, 2400], got " + dpi);
        }
        FigureSize size = size();
        if (format == FigureFormat.PNG && Math.max(size.pixelWidth(), size.pixelHeight()) > MAX_PIXELS) {
            throw new UsageException("--width/--height: at " + size.dpi() + " dpi the PNG would be " + size.pixelWidth() + " x "
                    + size.pixelHeight() + " pixels; at most " + MAX_PIXELS + " per side");
        }
        try { // before anything is computed: a figure too large for memory is refused at once
            if (format == FigureFormat.PNG) {
                RasterLimits.checkPixels("at " + size.dpi() + " dpi the PNG would have", size.pixelWidth(), size.pixelHeight());
            } else {
                RasterLimits.checkVector(width, height);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--width/--height: " + e.getMessage());
        }
        if (!(fontScale >= FigureOptions.MIN_FONT_SCALE && fontScale <= FigureOptions.MAX_FONT_SCALE)) {
            throw new UsageException("--font-scale must be in [" + Csv.number(FigureOptions.MIN_FONT_SCALE) + ", "
                    + Csv.number(FigureOptions.MAX_FONT_SCALE) + "], got " + Csv.number(fontScale));
        }
        Theme t;
        try {
            t = Theme.valueOf(theme.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--theme: expected light or dark, got '" + theme + "'");
        }
        Colormap c;
        try {
            c = Colormap.byName(colormap);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--colormap: " + e.getMessage());
        }
        PathStyle p;
        try {
            p = PathStyle.byId(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--path: " + e.getMessage());
        }
        FigureOptions o = FigureOptions.defaults().withSize(width, height).withTheme(t).withFontScale(fontScale).withColormap(c)
                .withPathStyle(p);
        return noLegend ? o.withLayer(Layer.LEGEND, false) : o;
    }

    private List<RunSpec> runSpecs(Landscape l) {
        if (optimizers.isEmpty()) return List.of();
        checkParamsFollowAnOptimizer();
        RunSpecs.checkSteps(steps, batchSize, bound);
        NoiseMode mode = noiseOptions.mode();
        List<OptimizerSpec> specs = new ArrayList<>();
        for (OptimizerGroup g : optimizers) {
            if (g.kind == null) throw new UsageException("--param: " + String.join(" ", g.params()) + " belongs to no --optimizer");
            OptimizerSpec o = RunSpecs.optimizer(g.kind, g.params(), batchSize);
            RunSpecs.checkServes(l, o, batchSize);
            specs.add(o);
        }
        NoiseSpec noise = noiseOptions.noiseSpec();
        Point p = RunSpecs.start(start, l);
        List<RunSpec> runs = new ArrayList<>();
        for (OptimizerSpec o : specs) runs.add(RunSpecs.run(o, noise, mode, p, steps, noiseOptions.seed, batchSize, bound));
        return runs;
    }

    /** picocli would put a --param given before every --optimizer into the first optimizer's group. */
    private void checkParamsFollowAnOptimizer() {
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            if (arg.equals("--optimizer") || arg.startsWith("--optimizer=")) return;
            if (arg.equals("--param") || arg.startsWith("--param=")) {
                throw new UsageException("--param: comes before any --optimizer; give each optimizer as --optimizer KIND --param NAME=VALUE ...");
            }
        }
    }

    private static Trajectory run(Landscape l, RunSpec r) {
        try {
            return Runs.run(l, r);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--optimizer: " + r.optimizer().kind().id() + " cannot run on " + l.name() + ": " + e.getMessage());
        }
    }

    /** The figure's size in points; a PNG at --dpi or the default. */
    private FigureSize size() {
        return new FigureSize(width, height, dpi == null ? FigureExport.DEFAULT_DPI : dpi);
    }

    /**
     * Legend text: the optimizer's name with its lr and the hyper-parameters that differ from its
     * defaults, e.g. "SGD (lr 0.01, momentum 0.9)"; a name that has its own parentheses takes them in:
     * "Newton (damped, lr 1)".
     */
    private static List<Point> points(Trajectory t) {
        List<Point> out = new ArrayList<>(t.size());
        for (int k = 0; k < t.size(); k++) out.add(t.point(k));
        return List.copyOf(out);
    }
}
