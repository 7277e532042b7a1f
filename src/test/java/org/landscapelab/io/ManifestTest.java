package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.landscapelab.io.Samples.bits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.StartRegion;

class ManifestTest {
    private static final double TENTH_PLUS_FIFTH = 0.1 + 0.2; // 0.30000000000000004

    @TempDir
    Path dir;

    private final ManifestFormat format = new ManifestFormat();

    @Test
    void numbersRoundTripExactly() throws Exception {
        Landscape l = new Landscape("awkward", "Awkward numbers", "", Expression.parse("x^2 + a*y^2", List.of("a")),
                new Domain(-TENTH_PLUS_FIFTH, 1e-300, -1, Double.MIN_VALUE),
                List.of(new Parameter("a", 0, 1, TENTH_PLUS_FIFTH, "")), List.of(), ColorScale.LINEAR);
        RunSpec run = new RunSpec(OptimizerSpec.parse("adam lr=" + TENTH_PLUS_FIFTH + " betas=0.9,0.999 eps=1e-300"),
                NoiseSpec.parse("fbm:hurst=0.3,sigma=" + TENTH_PLUS_FIFTH), NoiseMode.GRADIENT,
                new Point(1e-300, -0.0), 10, Long.MIN_VALUE, 0, TENTH_PLUS_FIFTH);
        Manifest m = Manifest.of(l, List.of(run));

        Manifest back = format.read(format.text(m), "m.json");

        assertThat(back.runs()).containsExactly(run);
        RunSpec r = back.runs().get(0);
        assertThat(bits(r.start().x())).isEqualTo(bits(1e-300));
        assertThat(bits(r.start().y())).isEqualTo(bits(-0.0));
        assertThat(bits(r.bound())).isEqualTo(bits(TENTH_PLUS_FIFTH));
        assertThat(bits(r.optimizer().lr())).isEqualTo(bits(TENTH_PLUS_FIFTH));
        assertThat(bits(r.optimizer().real("eps"))).isEqualTo(bits(1e-300));
        assertThat(bits(r.noise().sigma())).isEqualTo(bits(TENTH_PLUS_FIFTH));
        assertThat(bits(back.landscape().parameters().get(0).value())).isEqualTo(bits(TENTH_PLUS_FIFTH));
        assertThat(back.landscape().domain()).isEqualTo(l.domain());
        assertThat(bits(back.landscape().domain().yMax())).isEqualTo(bits(Double.MIN_VALUE));
        assertThat(format.text(back)).isEqualTo(format.text(m));
    }

    @Test
    void theLandscapeIsStoredInFullWithItsCurrentParametersAndData() throws Exception {
        Landscape changed = Samples.leastSquares().withParameter("lam", 0.25);
        Manifest m = Manifest.of(changed, List.of(Samples.minibatchRun()));
        String text = format.text(m);
        assertThat(text).contains("\"expression\"").contains("\"rows\"").contains("0.25");

        Landscape back = format.read(text, "m.json").landscape();

        assertThat(back.parameter("lam").orElseThrow().value()).isEqualTo(0.25);
        assertThat(back.data()).isEqualTo(changed.data());
        assertThat(back.expression().source()).isEqualTo(changed.expression().source());
    }

    @Test
    void replaysANoisyFbmRunBitForBit() throws Exception {
        assertReplaysExactly(Samples.catalog("double_well"), Samples.fbmRun());
    }

    @Test
    void replaysAMinibatchRunOnTheLeastSquaresFileBitForBit() throws Exception {
        assertReplaysExactly(Samples.leastSquares(), Samples.minibatchRun());
    }

    @Test
    void replaysPerturbedGradientDescentBitForBit() throws Exception {
        assertReplaysExactly(Samples.catalog("quadratic_saddle"), Samples.pgdRun());
    }

    private void assertReplaysExactly(Landscape l, RunSpec spec) throws Exception {
        var original = Runs.run(l, spec);
        Path file = dir.resolve("run.manifest.json");
        format.save(file, Manifest.of(l, List.of(spec)));

        Replay replay = format.load(file).replay();

        assertThat(replay.trajectories()).hasSize(1);
        assertThat(Samples.sameBits(replay.trajectories().get(0), original)).as("bit-identical replay").isTrue();
        assertThat(original.steps()).isEqualTo(spec.steps()); // did not stop early: the test covers every step
    }

    @Test
    void replaysAnEnsembleBitForBit() throws Exception {
        Landscape l = Samples.catalog("quadratic_saddle");
        RunSpec run = Samples.fbmRun().withStart(new Point(0, 0)).withSteps(80);
        EnsembleSpec spec = new EnsembleSpec(run, 40, StartRegion.gaussian(new Point(0, 0), 0.05),
                new EscapeCriterion(new Point(0, 0), 0.5, Double.NaN), 5);
        EnsembleResult original = Ensembles.run(l, spec, 2, Progress.NONE);

        Manifest back = format.read(format.text(Manifest.of(l, spec)), "e.json");
        assertThat(back.ensemble()).contains(spec);
        EnsembleResult replayed = back.replay(1, Progress.NONE).ensemble().orElseThrow();

        for (int i = 0; i < spec.particles(); i++) {
            assertThat(bits(replayed.finalX(i))).isEqualTo(bits(original.finalX(i)));
            assertThat(bits(replayed.finalY(i))).isEqualTo(bits(original.finalY(i)));
            assertThat(replayed.escapeStep(i)).isEqualTo(original.escapeStep(i));
            assertThat(bits(replayed.start(i).x())).isEqualTo(bits(original.start(i).x()));
        }
    }

    @Test
    void anEnsembleWithoutEscapeAndWithAValueDropRoundTrips() throws Exception {
        Landscape l = Samples.catalog("quadratic_saddle");
        RunSpec run = Samples.pgdRun();
        for (EscapeCriterion escape : new EscapeCriterion[] {null, new EscapeCriterion(new Point(0.5, 0), Double.NaN, 0.1)}) {
            EnsembleSpec spec = new EnsembleSpec(run, 3, StartRegion.box(-1, 1, -0.5, 0.5), escape, 0);
            Manifest m = Manifest.of(l, List.of(run)).withEnsemble(spec);
            assertThat(format.read(format.text(m), "e.json").ensemble()).isEqualTo(Optional.of(spec));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "newer version           | \"version\" : 2,                        | \"version\" : 3,                | version",
        "another format          | \"landscape-lab/manifest\"              | \"landscape-lab/session\"       | format",
        "unknown field           | \"app_version\"                         | \"colour\" : 1, \"app_version\" | colour",
        "seed not whole          | \"seed\" : 12,                          | \"seed\" : 12.5,                | runs[0].seed",
        "bad hyper-parameter     | lr=0.05                                 | lr=-1                           | runs[0].optimizer",
        "unknown noise           | fbm:                                    | pink:                           | runs[0].noise",
        "bad start               | \"start\" : [ 0.1, -0.2 ]               | \"start\" : [ 0.1 ]             | runs[0].start",
        "bad landscape domain    | \"x\" : [ -2.0, 2.0 ]                   | \"x\" : [ 2.0, -2.0 ]           | landscape.domain.x",
        "negative steps          | \"steps\" : 200                         | \"steps\" : -1                  | runs[0].steps",
    })
    void malformedManifestsAreRefusedNamingTheField(String what, String find, String replace, String field) throws Exception {
        String good = format.text(Manifest.of(Samples.catalog("double_well"), List.of(Samples.fbmRun())));
        assertThat(good).contains(find);
        String bad = good.replace(find, replace);
        assertThatThrownBy(() -> format.read(bad, "bad.json"))
                .isInstanceOfSatisfying(ManifestFileException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith("bad.json: field '" + field + "': ");
                });
    }

    @Test
    void truncatedAndEmptyFilesAreRefused() throws Exception {
        String good = format.text(Manifest.of(Samples.catalog("double_well"), List.of(Samples.fbmRun())));
        assertThatThrownBy(() -> format.read(good.substring(0, good.length() / 2), "cut.json"))
                .isInstanceOf(ManifestFileException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> format.read("", "empty.json")).hasMessageContaining("empty");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> format.load(missing)).isInstanceOf(ManifestFileException.class).hasMessageContaining("cannot read");
    }

    @Test
    void theManifestGoesBesideItsFile() {
        assertThat(ManifestFormat.beside(Path.of("out", "runs.csv"))).isEqualTo(Path.of("out", "runs.manifest.json"));
        assertThat(ManifestFormat.beside(Path.of("figure.svg"))).isEqualTo(Path.of("figure.manifest.json"));
    }

    @Test
    void theAppVersionIsRecorded() throws Exception {
        Manifest m = Manifest.of(Samples.catalog("double_well"), List.of(Samples.fbmRun()));
        assertThat(m.appVersion()).isEqualTo(AppVersion.current()).isNotBlank();
        Path file = dir.resolve("v.json");
        format.save(file, new Manifest("0.0.9", m.landscape(), m.runs(), Optional.empty()));
        assertThat(Files.readString(file)).contains("\"app_version\" : \"0.0.9\"");
        assertThat(format.load(file).appVersion()).isEqualTo("0.0.9");
    }
}
