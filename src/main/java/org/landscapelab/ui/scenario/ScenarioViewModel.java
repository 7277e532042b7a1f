package org.landscapelab.ui.scenario;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioFileException;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.ui.experiments.ExperimentsViewModel;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.TransformerLabModel;

/**
 * The open scenario: opening one sets the labs up and locks what it locks, Run does what its action
 * says, Unlock and Close give the controls back. The window shows the banner and picks the tab.
 * Before Run, the network plots that would answer the scenario's question stay blank.
 */
public final class ScenarioViewModel {
    private final LabViewModel lab;
    private final TransformerLabModel transformer;
    private final MlpLabModel mlp;
    private final ExperimentsViewModel experiments;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();

    public ScenarioViewModel(LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp, ExperimentsViewModel experiments) {
        this.lab = lab;
        this.transformer = transformer;
        this.mlp = mlp;
        this.experiments = experiments;
    }

    /** The scenario open in the banner, or null. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }

    /**
     * Sets the labs up for a scenario and returns notes on what was adjusted; throws, changing
     * nothing, if it does not fit this lab.
     */
    public List<String> open(Scenario s, String file) throws ScenarioFileException {
        List<String> notes = ScenarioMapper.apply(s, file, lab, transformer, mlp);
        // "Predict, then run": no curve that answers the question before its Run.
        transformer.answersHiddenProperty().set(s.question().isPresent() && s.lab() == Scenario.Lab.TRANSFORMER);
        mlp.answersHiddenProperty().set(s.question().isPresent() && s.lab() == Scenario.Lab.BATCH_NORM);
        s.experiment().ifPresent(e -> experiments.open(e, s.question().isPresent()));
        scenario.set(s);
        lab.landscape().messageProperty().set("Opened the scenario \"" + s.title() + "\"");
        return notes;
    }

    /** The banner's Run: what the scenario's action says, once the class has made its prediction. */
    public void run() {
        Scenario s = scenario.get();
        if (s == null) return;
        switch (s.action()) {
            case PLAY -> lab.playback().playFromStart();
            case ENSEMBLE -> {
                EnsembleResult before = lab.ensemble().resultProperty().get();
                lab.runEnsemble();
                // It ends on the FX thread, later: listening now cannot miss it.
                if (lab.ensemble().runningProperty().get()) playWhenTheEnsembleIsDone(before);
            }
            case SWEEP -> lab.runSweep();
            case TRAIN -> {
                if (s.lab() == Scenario.Lab.TRANSFORMER) transformer.start();
                else mlp.start();
            }
            case DEPTH_SWEEP -> transformer.runDepthSweep();
            case RANK_SWEEP -> mlp.runRankSweep();
            case RUN -> experiments.run();
        }
    }

    /** Gives every control back; the scenario stays open. */
    public void unlock() {
        ScenarioMapper.unlock(lab, transformer, mlp);
    }

    /** Closes the scenario and unlocks everything; the lab stays as the scenario left it. */
    public void close() {
        if (scenario.get() == null) return;
        scenario.set(null);
        unlock();
        transformer.answersHiddenProperty().set(false);
        mlp.answersHiddenProperty().set(false);
    }

    /** The particles sit at the start until the time line moves: play it once this ensemble has arrived. */
    private void playWhenTheEnsembleIsDone(EnsembleResult before) {
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean running) {
                if (running) return;
                obs.removeListener(this);
                EnsembleResult result = lab.ensemble().resultProperty().get();
                if (result != null && result != before) lab.playback().playFromStart();
            }
        };
        lab.ensemble().runningProperty().addListener(once);
    }
}
