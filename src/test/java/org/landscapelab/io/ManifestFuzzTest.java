package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.landscape.Point;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.StartRegion;

/** Seeded mutations of valid manifests give a manifest or a ManifestFileException naming the file, nothing else. */
class ManifestFuzzTest {
    private static final int CASES = 3000;

    private final ManifestFormat format = new ManifestFormat();

    static List<String> validManifests() {
        ManifestFormat format = new ManifestFormat();
        EnsembleSpec ensemble = new EnsembleSpec(Samples.fbmRun().withStart(new Point(0, 0)).withSteps(80), 40,
                StartRegion.gaussian(new Point(0, 0), 0.05), new EscapeCriterion(new Point(0, 0), 0.5, Double.NaN), 5);
        return List.of(
                format.text(Manifest.of(Samples.catalog("double_well"), List.of(Samples.fbmRun(), Samples.pgdRun()))),
                format.text(Manifest.of(Samples.leastSquares().withParameter("lam", 0.25), List.of(Samples.minibatchRun()))),
                format.text(Manifest.of(Samples.catalog("quadratic_saddle"), List.of(Samples.pgdRun())).withEnsemble(ensemble)),
                format.text(Manifest.of(Samples.catalog("quadratic_saddle"), ensemble)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedManifestsGiveOnlyCleanErrors() {
        List<String> bugs = ReaderFuzz.bugs(validManifests(), CASES, 10, ManifestFileException.class, json -> {
            Manifest m = format.read(json, ReaderFuzz.FILE);
            format.read(format.text(m), "again.json"); // what was accepted writes and reads back
        });
        assertThat(bugs).as(String.join("\n", bugs)).isEmpty();
    }
}
