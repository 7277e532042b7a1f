package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.landscapelab.io.Samples.bits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.Csv;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.StartRegion;
import org.landscapelab.sim.Trajectory;

class DataExportTest {
    @TempDir
    Path dir;

    private final Landscape saddle = Samples.catalog("quadratic_saddle");
    /** A run that diverges: the export must carry its last, non-finite or far-away point. */
    private final RunSpec diverging = RunSpec.of(OptimizerSpec.parse("sgd lr=1.5"), new Point(0.3, 0.2), 200).withBound(1e6);
    private final List<RunSpec> specs = List.of(Samples.pgdRun(), diverging);
    private final List<Trajectory> runs = specs.stream().map(s -> Runs.run(saddle, s)).toList();

    @Test
    void trajectoriesAsOneCsvWithARunColumnAndTheManifestBeside() throws Exception {
        Path csv = dir.resolve("race.csv");
        TrajectoryExport.writeCsv(csv, Manifest.of(saddle, specs), runs);

        String text = Files.readString(csv);
        assertThat(text).startsWith("run,step,x,y,value,grad_x,grad_y\n");
        List<Map<String, String>> rows = Csv.read(text);
        assertThat(rows).hasSize(runs.get(0).size() + runs.get(1).size());
        int row = 0;
        for (int r = 0; r < runs.size(); r++) {
            Trajectory t = runs.get(r);
            for (int k = 0; k < t.size(); k++, row++) {
                Map<String, String> m = rows.get(row);
                assertThat(m.get("run")).isEqualTo(Integer.toString(r));
                assertThat(m.get("step")).isEqualTo(Integer.toString(k));
                assertThat(bits(Double.parseDouble(m.get("x")))).isEqualTo(bits(t.x(k)));
                assertThat(bits(Double.parseDouble(m.get("y")))).isEqualTo(bits(t.y(k)));
                assertThat(bits(Double.parseDouble(m.get("value")))).isEqualTo(bits(t.value(k)));
                assertThat(bits(Double.parseDouble(m.get("grad_x")))).isEqualTo(bits(t.gradient(k).x()));
                assertThat(bits(Double.parseDouble(m.get("grad_y")))).isEqualTo(bits(t.gradient(k).y()));
            }
        }
        assertThat(runs.get(1).diverged()).isTrue();

        Manifest beside = new ManifestFormat().load(dir.resolve("race.manifest.json"));
        assertThat(beside.runs()).isEqualTo(specs);
        assertThat(Samples.sameBits(beside.replay().trajectories().get(1), runs.get(1))).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("race.csv", "race.manifest.json");
        }
    }

    @Test
    void trajectoriesAsJsonWithTheManifestInside() throws Exception {
        Path json = dir.resolve("race.json");
        TrajectoryExport.writeJson(json, Manifest.of(saddle, specs), runs);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("format").asText()).isEqualTo("landscape-lab/trajectories");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        Manifest m = new ManifestFormat().read((ObjectNode) root.get("manifest"), "race.json");
        assertThat(m.runs()).isEqualTo(specs);
        JsonNode first = root.get("runs").get(0);
        assertThat(first.get("diverged_at").isNull()).isTrue();
        assertThat(first.get("x")).hasSize(runs.get(0).size());
        for (int k = 0; k < runs.get(0).size(); k++) {
            assertThat(bits(first.get("x").get(k).doubleValue())).isEqualTo(bits(runs.get(0).x(k)));
            assertThat(bits(first.get("grad_y").get(k).doubleValue())).isEqualTo(bits(runs.get(0).gradient(k).y()));
        }
        JsonNode second = root.get("runs").get(1);
        assertThat(second.get("diverged_at").asInt()).isEqualTo(runs.get(1).divergedAt());
        assertThat(second.get("divergence").asText()).isNotEmpty();
    }

    @Test
    void ensembleResultsAsCsvAndJson() throws Exception {
        EnsembleSpec spec = new EnsembleSpec(Samples.fbmRun().withStart(new Point(0, 0)).withSteps(60), 30,
                StartRegion.gaussian(new Point(0, 0), 0.02), EscapeCriterion.radius(new Point(0, 0), 0.3), 0);
        EnsembleResult r = Ensembles.run(saddle, spec, 2, Progress.NONE);
        Manifest m = Manifest.of(saddle, spec);

        Path csv = dir.resolve("escape.csv");
        EnsembleExport.writeCsv(csv, m, r);
        List<Map<String, String>> rows = Csv.read(Files.readString(csv));
        assertThat(Files.readString(csv)).startsWith("particle,start_x,start_y,escape_step,diverged_at,final_x,final_y,final_value\n");
        assertThat(rows).hasSize(30);
        for (int i = 0; i < 30; i++) {
            Map<String, String> row = rows.get(i);
            assertThat(row.get("particle")).isEqualTo(Integer.toString(i));
            assertThat(bits(Double.parseDouble(row.get("start_x")))).isEqualTo(bits(r.start(i).x()));
            assertThat(row.get("escape_step")).isEqualTo(r.escapeStep(i) < 0 ? "" : Integer.toString(r.escapeStep(i)));
            assertThat(row.get("diverged_at")).isEqualTo(r.divergedAt(i) < 0 ? "" : Integer.toString(r.divergedAt(i)));
            assertThat(bits(Double.parseDouble(row.get("final_value")))).isEqualTo(bits(r.finalValue(i)));
        }
        assertThat(new ManifestFormat().load(dir.resolve("escape.manifest.json")).ensemble()).contains(spec);

        Path json = dir.resolve("escape.json");
        EnsembleExport.writeJson(json, m, r);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("format").asText()).isEqualTo("landscape-lab/ensemble");
        assertThat(root.get("particles").asInt()).isEqualTo(30);
        assertThat(root.get("final_y")).hasSize(30);
        assertThat(bits(root.get("final_y").get(7).doubleValue())).isEqualTo(bits(r.finalY(7)));
        assertThat(root.get("summary").get("escaped").asInt()).isEqualTo(r.escapeSummary().escaped());
        assertThat(new ManifestFormat().read((ObjectNode) root.get("manifest"), "escape.json").ensemble()).contains(spec);
    }

    @Test
    void anExportMustMatchItsManifest() {
        Manifest oneRun = Manifest.of(saddle, List.of(Samples.pgdRun()));
        assertThatThrownBy(() -> TrajectoryExport.writeCsv(dir.resolve("x.csv"), oneRun, runs)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
