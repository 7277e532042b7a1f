package org.landscapelab.ui.files;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.io.Manifest;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.RaceViewModel;

/**
 * Opens a manifest in the lab: its landscape and its runs as a race. A race shares noise, seed,
 * steps and start, so a manifest whose runs differ in those shows them as the first run has them,
 * and says so (the command line's replay reproduces every run exactly).
 */
public final class ManifestMapper {
    private ManifestMapper() {}

    public static List<String> apply(Manifest m, LabViewModel lab) {
        List<String> notes = new ArrayList<>(m.integrityNote().stream().toList());
        SessionMapper.showLandscape(m.landscape(), lab);
        RaceViewModel race = lab.race();
        race.optimizers().clear();
        if (m.runs().isEmpty()) return notes;
        RunSpec first = m.runs().get(0);
        boolean differ = false;
        for (RunSpec r : m.runs()) {
            if (race.optimizers().size() >= RaceViewModel.MAX_OPTIMIZERS) {
                notes.add("only the first " + RaceViewModel.MAX_OPTIMIZERS + " runs fit in a race");
                break;
            }
            race.add(r.optimizer());
            boolean shared = r.noise().equals(first.noise()) && r.mode() == first.mode() && r.seed() == first.seed()
                    && r.steps() == first.steps() && r.start().equals(first.start()) && r.batchSize() == first.batchSize();
            if (!shared && !differ) notes.add("its runs differ in noise, seed, steps or start; the race uses the first run's");
            differ |= !shared;
        }
        race.noiseProperty().set(first.noise());
        race.modeProperty().set(first.mode());
        race.seedProperty().set(first.seed());
        race.stepsProperty().set(first.steps());
        race.batchSizeProperty().set(first.batchSize());
        race.startProperty().set(first.start());
        if (!Double.isNaN(first.bound())) notes.add("its divergence bound is not shown in the lab; replay uses it");
        return notes;
    }
}
