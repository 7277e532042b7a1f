package org.landscapelab.ui.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.io.Session;
import org.landscapelab.io.SessionFormat;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.Figure;
import org.landscapelab.ui.files.SessionMapper;
import org.landscapelab.ui.fx.QueuedExecutor;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.TransformerLabModel;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;

class SliceViewModelTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final QueuedExecutor background = new QueuedExecutor();
    private final LabViewModel lab = new LabViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);
    private final SliceViewModel slices = new SliceViewModel(background, fxThread, 2, SliceViewModel.openingIn(lab));

    private void open(String id) {
        lab.landscape().selectedProperty().set(lab.landscape().entries().stream()
                .filter(e -> e.landscape().id().equals(id)).findFirst().orElseThrow());
        fxThread.drain();
    }

    private void computeSlice() {
        slices.compute(NetworkSliceBuilderTest.request(SliceRequest.Directions.RANDOM, 17, List.of()));
        assertThat(slices.runningProperty().get()).isTrue();
        background.drain();
        fxThread.drain();
    }

    @Test
    void aSliceOpensAsTheLandscapeTitledForTheSliceWithNoStaleExpression() {
        open("himmelblau");
        computeSlice();
        assertThat(slices.runningProperty().get()).isFalse();
        assertThat(slices.progressProperty().get()).isEqualTo(1);
        Landscape l = lab.landscape().landscape();
        assertThat(l.id()).isEqualTo(NetworkSliceBuilder.ID);
        assertThat(lab.landscape().optionsProperty().get().title()).isEqualTo("Batch-norm network slice (random directions, filter-normalized)");
        // The expression field shows how the slice was made, not Himmelblau's expression.
        assertThat(lab.landscape().expressionProperty().get()).isEqualTo(l.description()).doesNotContain("x^2");
        Figure f = lab.landscape().figureProperty().get();
        assertThat(f.landscape().landscape()).isSameAs(l);
        assertThat(lab.landscape().messageProperty().get()).isEqualTo(org.landscapelab.ui.landscape.LandscapeViewModel.summary(f.landscape().critical()));
        assertThat(slices.messageProperty().get()).isEqualTo("Opened the Batch-norm network slice (random directions, filter-normalized) in the Landscapes tab");
        // Typing Enter in the read-only field changes nothing and reports no error.
        assertThat(lab.landscape().applyExpression(l.description())).isTrue();
        assertThat(lab.landscape().expressionErrorProperty().get()).isNull();
        assertThat(lab.landscape().landscape()).isSameAs(l);
    }

    @Test
    void aRaceRunsOnTheSliceWithItsExactGradient() {
        open("himmelblau");
        computeSlice();
        lab.addDefaultOptimizers();
        fxThread.drain();
        ColoredRace race = lab.race().raceProperty().get();
        Landscape l = lab.landscape().landscape();
        assertThat(race.landscape()).isSameAs(l);
        assertThat(race.runs()).isNotEmpty().allSatisfy(r -> assertThat(r.ok()).as(r.spec().toString()).isTrue());
        ColoredRun first = race.runs().get(0);
        org.landscapelab.landscape.Point p = first.trajectory().point(3);
        assertThat(first.trajectory().point(0)).isEqualTo(new org.landscapelab.landscape.Point(0, 0));
        assertThat(first.trajectory().value(3)).isEqualTo(l.function().value(p.x(), p.y()));
        // A step is a backpropagation: the race on the slice is kept short.
        assertThat(lab.race().stepsProperty().get()).isEqualTo(SliceViewModel.RACE_STEPS);
        assertThat(race.lastStep()).isLessThanOrEqualTo(SliceViewModel.RACE_STEPS);
    }

    @Test
    void savingASessionWithASliceOpenSaysSoAndStoresTheRest() throws Exception {
        open("himmelblau");
        computeSlice();
        TransformerLabModel transformer = new TransformerLabModel(Runnable::run, fxThread);
        MlpLabModel mlp = new MlpLabModel(Runnable::run, fxThread);
        lab.race().stepsProperty().set(77);
        Session s = SessionMapper.capture(lab, transformer, mlp, "Landscapes");
        SessionFormat format = new SessionFormat();
        String text = format.text(s);
        assertThat(text).contains("\"note\" : \"the landscape \\\"Batch-norm network slice (random directions, filter-normalized)\\\""
                + " has no expression (its values are computed from a network), so files do not store it\"");
        assertThat(text).doesNotContain("\"landscape\" :");
        Session back = format.read(text, "slice-session.json");
        assertThat(back.landscape()).isNull();
        assertThat(back.race().steps()).isEqualTo(77);
        // Opened later, the lab keeps its landscape and says what was not restored.
        open("himmelblau");
        List<String> problems = SessionMapper.apply(back, lab, transformer, mlp);
        fxThread.drain();
        assertThat(problems).contains(SessionMapper.SLICE_NOT_STORED);
        assertThat(lab.landscape().landscape().id()).isEqualTo("himmelblau");
        assertThat(lab.race().stepsProperty().get()).isEqualTo(77);
    }

    @Test
    void anEnsembleTooLargeForTheNetworkIsRefusedWithTheNumbers() {
        open("himmelblau");
        computeSlice();
        lab.addDefaultOptimizers();
        fxThread.drain();
        lab.ensemble().particlesProperty().set(10_000);
        lab.race().stepsProperty().set(5_000);
        fxThread.drain();
        lab.runEnsemble();
        fxThread.drain();
        long cost = lab.landscape().landscape().function().cost();
        assertThat(lab.ensemble().runningProperty().get()).isFalse();
        assertThat(lab.ensemble().resultProperty().get()).isNull();
        assertThat(lab.ensemble().messageProperty().get()).isEqualTo(String.format(java.util.Locale.ROOT,
                "The ensemble could not run: on Batch-norm network slice (random directions, filter-normalized) every step is a"
                        + " backpropagation: 10,000 particles × 5,000 steps = 50,000,000 evaluations, more than the %,d that fit the limit"
                        + " of 3e+11 units of work (%,d units each); use fewer particles or steps", (long) (3e11 / cost), cost));
    }

    @Test
    void cancelLeavesTheLandscapeAsItWas() {
        open("himmelblau");
        Landscape before = lab.landscape().landscape();
        slices.compute(NetworkSliceBuilderTest.request(SliceRequest.Directions.RANDOM, 17, List.of()));
        slices.cancel();
        background.drain();
        fxThread.drain();
        assertThat(slices.runningProperty().get()).isFalse();
        assertThat(slices.messageProperty().get()).isEqualTo("Cancelled: the landscape shown is unchanged");
        assertThat(lab.landscape().landscape()).isSameAs(before);
    }
}
