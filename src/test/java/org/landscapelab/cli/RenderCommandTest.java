package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderCommandTest {
    /** Two optimizers on Himmelblau whose every step moves far enough to be its own vertex. */
    private static final String[] RACE = {"--landscape", "himmelblau", "--start", "-0.3,-0.9", "--steps", "20",
        "--optimizer", "sgd", "--param", "lr=0.01", "--optimizer", "adam", "--param", "lr=0.1"};

    @TempDir
    Path dir;

    @Test
    void theSvgIsXmlWithEachTrajectoryAsAPathInItsColour() throws Exception {
        Path svg = dir.resolve("race.svg");
        CliRun run = render(svg, "--title", "Two optimizers");
        assertThat(run.exitCode()).as(run.err()).isZero();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains("Two optimizers").contains("SGD (lr 0.01)").contains("Adam (lr 0.1)");

        Landscape himmelblau = Catalog.builtIn().byId("himmelblau").orElseThrow();
        String[] colours = new String[2]; // the overlay palette's first two colours
        for (int i = 0; i < 2; i++) {
            java.awt.Color c = org.landscapelab.render.Palette.color(i);
            colours[i] = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
        }
        String[] specs = {"sgd lr=0.01", "adam lr=0.1"};
        NodeList paths = root.getElementsByTagName("path");
        for (int i = 0; i < 2; i++) {
            Trajectory t = Runs.run(himmelblau, RunSpec.of(OptimizerSpec.parse(specs[i]), new Point(-0.3, -0.9), 20));
            boolean found = false;
            for (int p = 0; p < paths.getLength() && !found; p++) {
                Element path = (Element) paths.item(p);
                found = style(path).contains("stroke:" + colours[i] + ";")
                        && tracesTrajectory(vertices(path.getAttribute("d")), t);
            }
            assertThat(found).as("a path in %s through the %d points of %s", colours[i], t.size(), specs[i]).isTrue();
        }
    }

    /**
     * Whether screen points trace the trajectory under x -> a + s x, y -> b - s y (equal aspect, y up):
     * the scale comes from the first and last point, and every vertex must be the image of the next
     * iterates in order (the renderer skips iterates closer than a fraction of a point to the last one drawn).
     */
    private static boolean tracesTrajectory(List<double[]> screen, Trajectory t) {
        int n = t.size() - 1;
        if (screen.size() < 2 || screen.size() > t.size()) return false;
        double[] first = screen.get(0);
        double[] last = screen.get(screen.size() - 1);
        double s = (last[0] - first[0]) / (t.x(n) - t.x(0));
        if (!(s > 0)) return false;
        int k = 0;
        for (double[] v : screen) {
            while (k <= n && !(Math.abs(v[0] - (first[0] + s * (t.x(k) - t.x(0)))) < 0.01
                    && Math.abs(v[1] - (first[1] - s * (t.y(k) - t.y(0)))) < 0.01)) k++;
            if (k > n) return false;
            k++;
        }
        return k == n + 1;
    }

    /** The element's style with those of the groups around it (JFreeSVG styles a group of paths). */
    private static String style(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) b.append(el.getAttribute("style")).append(';');
        return b.toString();
    }

    private static List<double[]> vertices(String d) {
        List<double[]> points = new ArrayList<>();
        Matcher m = Pattern.compile("[ML]\\s*(-?[0-9.Ee-]+)[ ,](-?[0-9.Ee-]+)").matcher(d);
        while (m.find()) points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        return points;
    }

    @Test
    void thePdfHasOnePageOfTheFigureSize() throws IOException {
        Path pdf = dir.resolve("race.pdf");
        CliRun run = render(pdf, "--width", "400", "--height", "300", "--theme", "dark");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page\\b").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).containsPattern("/MediaBox \\[0(\\.0)? 0(\\.0)? 400(\\.0)? 300(\\.0)?\\]");
        assertThat(text.trim()).endsWith("%%EOF");
    }

    @Test
    void thePngHasThePixelsAndDpiAskedFor() throws IOException {
        Path png = dir.resolve("race.png");
        CliRun run = render(png, "--width", "400", "--height", "300", "--dpi", "144", "--no-legend", "--colormap", "cividis");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(800);
            assertThat(reader.getHeight(0)).isEqualTo(600);
            Element phys = (Element) ((Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("5669"); // 144 / 0.0254
        }
    }

    @Test
    void manifestGoesBesideTheFigureAndRecordsEveryRun() throws Exception {
        Path png = dir.resolve("race.png");
        CliRun run = render(png, "--width", "200", "--height", "150", "--dpi", "72", "--manifest");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var manifest = new ManifestFormat().load(dir.resolve("race.manifest.json"));
        assertThat(manifest.runs()).hasSize(2);
        assertThat(manifest.runs().get(1).optimizer()).isEqualTo(OptimizerSpec.parse("adam lr=0.1"));
        assertThat(manifest.landscape().expression().source()).isEqualTo("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
    }

    @Test
    void eachOptimizerKeepsItsOwnParams() throws Exception {
        Path svg = dir.resolve("five.svg");
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--steps", "3", "--out", svg.toString(), "--manifest",
                "--optimizer", "sgd", "--param", "lr=0.01", "--optimizer", "adam", "--param", "lr=0.01", "--optimizer", "sgd",
                "--param", "lr=0.03", "--param", "momentum=0.9", "--optimizer", "rmsprop", "--optimizer", "adam", "--param", "amsgrad=true");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ManifestFormat().load(dir.resolve("five.manifest.json")).runs()).extracting(r -> r.optimizer())
                .containsExactly(OptimizerSpec.parse("sgd lr=0.01"), OptimizerSpec.parse("adam lr=0.01"),
                        OptimizerSpec.parse("sgd lr=0.03 momentum=0.9"), OptimizerSpec.parse("rmsprop"),
                        OptimizerSpec.parse("adam amsgrad=true"));
    }

    @Test
    void legendLabelsNameTheOptimizerAndWhatDiffersFromItsDefaults() {
        assertThat(OptimizerSpec.parse("sgd lr=0.01 momentum=0.9").label()).isEqualTo("SGD (lr 0.01, momentum 0.9)");
        assertThat(OptimizerSpec.parse("adam").label()).isEqualTo("Adam (lr 0.001)");
        assertThat(OptimizerSpec.parse("newton").label()).isEqualTo("Newton (damped, lr 1)");
    }

    @Test
    void aLandscapeAloneNeedsNoOptimizer() {
        Path svg = dir.resolve("plain.svg");
        CliRun run = CliRun.of("render", "--landscape", "x^2 - y^2", "--out", svg.toString(), "--title", "");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(svg).exists();
    }

    @Test
    void aDivergingRunIsDrawnAndNoted() {
        CliRun run = CliRun.of("render", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=1.5",
                "--start", "0.2,0.1", "--steps", "100", "--out", dir.resolve("d.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("note: SGD (lr 1.5) diverged at step ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--out {dir}/fig.jpg",
        "--out {dir}/no-such-dir/fig.png",
        "--out {dir}/a-file/fig.png",
        "--out {dir}",
        "--out {dir}/fig.svg --dpi 150",
        "--out {dir}/fig.png --dpi 0",
        "--out {dir}/fig.png --width 100000",
        "--out {dir}/fig.png --width -5",
        "--out {dir}/fig.png --height ten",
        "--out {dir}/fig.png --theme blue",
        "--out {dir}/fig.png --colormap jet",
        "--out {dir}/fig.png --font-scale 0",
        "--out {dir}/fig.png --manifest",
        "--out {dir}/fig.png --optimizer nadam",
        "--out {dir}/fig.png --optimizer sgd --param lr=-1",
        "--out {dir}/fig.png --param lr=0.1 --optimizer sgd",
        "--out {dir}/fig.png --param lr=0.1",
        "--out {dir}/fig.png --optimizer sgd --steps -1",
        "--out {dir}/fig.png --optimizer sgd --batch-size 4",
        "--out {dir}/fig.png --optimizer sgd --noise fbm --hurst 1",
        "--out {dir}/fig.png --optimizer sgd --start 1,x",
        "--out {dir}/fig.png --optimizer sarah",
    })
    void badInputIsOneErrorLineNamingTheOptionAndWritesNothing(String options) throws IOException {
        Files.writeString(dir.resolve("a-file"), "not a directory");
        List<String> args = new ArrayList<>(List.of("render", "--landscape", "himmelblau"));
        for (String a : options.split(" ")) args.add(a.replace("{dir}", dir.toString()));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("a-file"));
        }
    }

    @Test
    void aFailedRenderLeavesTheOldFigureAsItWas() throws IOException {
        Path svg = dir.resolve("fig.svg");
        Files.writeString(svg, "<svg>the old figure</svg>");
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--out", svg.toString(), "--optimizer", "nadam");
        assertThat(run.isCleanUsageError()).isTrue();
        assertThat(Files.readString(svg)).isEqualTo("<svg>the old figure</svg>");
    }

    private CliRun render(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(List.of(RACE));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
