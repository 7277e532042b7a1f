package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.Layer;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.StartRegion;

class SessionTest {
    @TempDir
    Path dir;

    private final SessionFormat format = new SessionFormat();

    static Session session(Landscape landscape) {
        Map<String, String> network = new LinkedHashMap<>();
        network.put("architecture", "transformer");
        network.put("depth", "12");
        network.put("residual_scale", "0.2886751345948129");
        ViewSettings view = new ViewSettings(Colormap.CIVIDIS, ColorScale.LOG, 15,
                EnumSet.of(Layer.HEATMAP, Layer.CONTOURS, Layer.OVERLAYS, Layer.LEGEND), new Domain(-1.5, 0.1 + 0.2, -2, 2.5),
                new ViewSettings.Arrows(true, false, true));
        RaceSettings race = new RaceSettings(List.of(
                new RaceSettings.Entry(OptimizerSpec.parse("sgd lr=0.01 momentum=0.9 nesterov=true"), new Color(0xD5, 0x5E, 0x00), true),
                new RaceSettings.Entry(OptimizerSpec.parse("adam lr=0.1 schedule=cosine T_max=300"), new Color(0x56, 0xB4, 0xE9), false)),
                NoiseSpec.parse("fbm:hurst=0.3,sigma=0.05"), NoiseMode.GRADIENT, 42, 300, new Point(-0.3, 1e-300), 0);
        EnsembleSettings ensemble = new EnsembleSettings(500, StartRegion.Shape.BOX, 0.05, 0.5,
                new EnsembleSettings.Sweep(NoiseCatalog.SIGMA, 0.01, 0.2, 7));
        return new Session(landscape, view, race, 120, ensemble, network);
    }

    @Test
    void aSessionRoundTrips() throws Exception {
        Session s = session(Samples.landscapeFile("rosenbrock_family.json").withParameter("b", 12.5));
        Path file = dir.resolve("lab.session.json");
        format.save(file, s);

        Session back = format.load(file);

        assertThat(back.view()).isEqualTo(s.view());
        assertThat(back.race()).isEqualTo(s.race());
        assertThat(back.playbackStep()).isEqualTo(120);
        assertThat(back.ensemble()).isEqualTo(s.ensemble());
        assertThat(back.network()).containsExactlyEntriesOf(s.network());
        assertThat(landscapeJson(back.landscape())).isEqualTo(landscapeJson(s.landscape()));
        assertThat(format.text(back)).isEqualTo(format.text(s));
    }

    @Test
    void typedAndOpenedLandscapesComeBackInFull() throws Exception {
        for (Landscape l : List.of(Landscape.ofExpression("x^4 - 2*x^2 + y^2 + 0.3*x*y", new Domain(-2, 2, -1.5, 1.5)),
                Samples.leastSquares().withParameter("lam", 0.125))) {
            Session back = format.read(format.text(session(l)), "s.json");
            assertThat(back.landscape().expression().source()).isEqualTo(l.expression().source());
            assertThat(back.landscape().domain()).isEqualTo(l.domain());
            assertThat(back.landscape().data()).isEqualTo(l.data());
            assertThat(back.landscape().parameters()).isEqualTo(l.parameters());
        }
    }

    @Test
    void aSaveInterruptedMidwayLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("lab.session.json");
        format.save(file, session(Samples.catalog("himmelblau")));
        byte[] old = Files.readAllBytes(file);
        Session changed = session(Samples.catalog("rosenbrock"));
        int total = format.text(changed).length();

        assertThatThrownBy(() -> format.save(file, changed, out -> new FailAfter(out, total / 2)))
                .isInstanceOf(IOException.class).hasMessage("cannot write " + file + ": the disk is full");

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(format.load(file).landscape().id()).isEqualTo("himmelblau");
    }

    /** A stream that writes {@code limit} bytes and then fails as a full disk does. */
    private static final class FailAfter extends FilterOutputStream {
        private long left;

        FailAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) throw new IOException("No space left on device");
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "newer version      | \"version\" : 1,                | \"version\" : 2,                     | version      | newer Landscape Lab",
        "wrong format       | \"landscape-lab/session\"       | \"landscape-lab/manifest\"           | format       | not a session",
        "bad colour         | \"#d55e00\"                     | \"red\"                              | race.optimizers[0].color | #rrggbb",
        "unknown layer      | \"heatmap\"                     | \"clouds\"                           | view.layers[0] | expected one of",
        "bad colormap       | \"cividis\"                     | \"jet\"                              | view.colormap | unknown colormap",
        "seed as text       | \"seed\" : 42,                  | \"seed\" : \"42\",                   | race.seed    | whole number",
        "bad optimizer      | momentum=0.9                    | momentum=-1                          | race.optimizers[0].spec | momentum",
        "negative step      | \"step\" : 120                  | \"step\" : -3                        | playback.step | must be in",
        "network non-text   | \"depth\" : \"12\"              | \"depth\" : 12                       | network.depth | expected a string",
        "unknown field      | \"playback\"                    | \"zoom\" : 2, \"playback\"           | zoom         | unknown field",
        "empty viewport     | \"x\" : [ -1.5,                 | \"x\" : [ 1.5,                       | view.viewport | xmin < xmax",
        "missing race       | \"race\" :                      | \"rac\" :                            | rac          | unknown field",
    })
    void badFilesGiveAClearErrorNamingTheField(String what, String find, String replace, String field, String problem) {
        String good = format.text(session(Samples.catalog("himmelblau")));
        assertThat(good).contains(find);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        assertThatThrownBy(() -> format.read(bad, "lab.json"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("lab.json");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void corruptTruncatedAndEmptyFilesAreRefused() throws Exception {
        String good = format.text(session(Samples.catalog("himmelblau")));
        assertThatThrownBy(() -> format.read(good.substring(0, good.length() * 2 / 3), "cut.json"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> assertThat(e.problem()).contains("truncated"));
        assertThatThrownBy(() -> format.read("{\"format\": \"landscape-lab/session\", \u0000 }", "bin.json"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> assertThat(e.problem()).startsWith("not valid JSON at line 1"));
        assertThatThrownBy(() -> format.read(good + "}", "tail.json")).isInstanceOf(SessionFileException.class);
        assertThatThrownBy(() -> format.read("  \n", "empty.json")).hasMessage("empty.json: the file is empty");
        assertThatThrownBy(() -> format.read("[1, 2]", "array.json")).hasMessage("array.json: expected a JSON object");
        Path garbage = dir.resolve("garbage.json");
        Files.write(garbage, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThatThrownBy(() -> format.load(garbage)).isInstanceOf(SessionFileException.class);
    }

    @Test
    void aLandscapeFileIsNotASession() throws Exception {
        String landscapeFile = Files.readString(Path.of("sample-landscapes/least_squares.json"));
        assertThatThrownBy(() -> format.read(landscapeFile, "least_squares.json"))
                .hasMessageContaining("field 'format'").hasMessageContaining("landscape file, not a session");
    }

    private static String landscapeJson(Landscape l) {
        return new LandscapeFormat().write(l).toString();
    }
}
