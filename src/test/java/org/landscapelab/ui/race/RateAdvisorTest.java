package org.landscapelab.ui.race;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.LearningRates;
import org.landscapelab.sim.RateAdvice;
import org.landscapelab.ui.fx.QueuedExecutor;

/** Defaults that work: learning rates across landscape changes, the suggest action, and the cards' words. */
class RateAdvisorTest {
    private static final Landscape WELL = Catalog.builtIn().byId("double_well").orElseThrow();
    private static final Landscape ROSENBROCK = Catalog.builtIn().byId("rosenbrock").orElseThrow();
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final RaceViewModel race = new RaceViewModel(Runnable::run, fxThread);

    private void show(Landscape l) {
        race.startProperty().set(l.defaultStart());
        race.landscapeProperty().set(l);
        fxThread.drain();
    }

    @Test
    void onAnotherLandscapeAnUnstableRateTakesTheSuggestedOneAndTheCardSaysWhyWhileAStableOneStays() {
        OptimizerEntry fast = race.add(OptimizerSpec.parse("sgd lr=0.1"));
        OptimizerEntry slow = race.add(OptimizerSpec.parse("adam lr=0.001"));
        show(WELL);
        assertThat(fast.spec().lr()).isEqualTo(0.1);
        RateAdvice forFast = LearningRates.assess(ROSENBROCK, ROSENBROCK.defaultStart(), OptimizerSpec.parse("sgd lr=0.1"));
        RateAdvice forSlow = LearningRates.assess(ROSENBROCK, ROSENBROCK.defaultStart(), OptimizerSpec.parse("adam lr=0.001"));
        assertThat(forFast.changesLr()).isTrue();
        assertThat(forSlow.stable()).isTrue();

        show(ROSENBROCK);
        assertThat(fast.spec()).isEqualTo(forFast.onLandscapeChange());
        assertThat(fast.rateNoteProperty().get()).isEqualTo(forFast.reason()).startsWith("lr 0.1 → ").contains("0.1 diverges here, λmax ≈ ");
        assertThat(slow.spec()).isEqualTo(OptimizerSpec.parse("adam lr=0.001"));
        assertThat(slow.rateNoteProperty().get()).isEmpty();
        // The race on screen runs the new rate, and nothing diverges.
        assertThat(race.raceProperty().get().runs()).allSatisfy(r -> assertThat(r.trajectory().diverged()).isFalse());
        assertThat(race.raceProperty().get().runs().get(0).spec().optimizer()).isEqualTo(forFast.onLandscapeChange());
        assertThat(fast.runNoteProperty().get()).isEmpty();
    }

    @Test
    void theFirstLandscapeAndNewSliderValuesKeepTheRatesAsGiven() {
        OptimizerEntry fast = race.add(OptimizerSpec.parse("sgd lr=0.1"));
        show(ROSENBROCK);
        assertThat(fast.spec().lr()).isEqualTo(0.1);
        Landscape withSliders = org.landscapelab.ui.landscape.LandscapeLibrary.load().entries().stream()
                .map(org.landscapelab.ui.landscape.LandscapeLibrary.Entry::landscape).filter(l -> !l.parameters().isEmpty())
                .findFirst().orElseThrow();
        show(withSliders);
        OptimizerSpec before = fast.spec();
        var p = withSliders.parameters().get(0);
        race.landscapeProperty().set(withSliders.withParameter(p.name(), p.value() + 1e-3));
        fxThread.drain();
        assertThat(fast.spec()).isEqualTo(before);
    }

    @Test
    void optimizersThatReplaceTheOldOnesAfterTheLandscapeKeepTheirRates() {
        race.add(OptimizerSpec.parse("sgd lr=0.1"));
        show(WELL);
        // A scenario or session: the landscape first, then its own optimizers.
        race.startProperty().set(ROSENBROCK.defaultStart());
        race.landscapeProperty().set(ROSENBROCK);
        race.optimizers().clear();
        OptimizerEntry given = race.add(OptimizerSpec.parse("sgd lr=0.1"));
        fxThread.drain();
        assertThat(given.spec().lr()).isEqualTo(0.1);
        assertThat(given.rateNoteProperty().get()).isEmpty();
    }

    @Test
    void aDivergingRunIsSaidOnItsCardInWordsAndSuggestGivesAStableRate() {
        OptimizerEntry fast = race.add(OptimizerSpec.parse("sgd lr=0.1"));
        show(ROSENBROCK);
        ColoredRun run = race.raceProperty().get().runs().get(0);
        assertThat(run.trajectory().diverged()).isTrue();
        assertThat(fast.runNoteProperty().get())
                .isEqualTo("diverged at step " + run.trajectory().divergedAt() + ": " + run.trajectory().divergence())
                .contains("is too large here").contains("try lr ≤ ");

        RateAdvice advice = LearningRates.assess(ROSENBROCK, ROSENBROCK.defaultStart(), fast.spec());
        race.suggestRate(fast);
        fxThread.drain();
        assertThat(fast.spec()).isEqualTo(advice.withSuggestedLr());
        assertThat(fast.rateNoteProperty().get()).isEqualTo(advice.reason());
        assertThat(fast.runNoteProperty().get()).isEmpty();
    }

    @Test
    void aNoteAboutTheRateGoesWhenTheRateChanges() {
        OptimizerEntry fast = race.add(OptimizerSpec.parse("sgd lr=0.1"));
        show(WELL);
        show(ROSENBROCK);
        assertThat(fast.rateNoteProperty().get()).isNotEmpty();
        fast.specProperty().set(fast.spec().with("momentum", "0.5"));
        assertThat(fast.rateNoteProperty().get()).isNotEmpty();
        fast.specProperty().set(fast.spec().with("lr", "0.05"));
        assertThat(fast.rateNoteProperty().get()).isEmpty();
    }

    @Test
    void suggestingAStableRateSaysWhatChanged() {
        RateAdvice stable = LearningRates.assess(WELL, WELL.defaultStart(), OptimizerSpec.parse("sgd lr=0.001"));
        assertThat(stable.stable()).isTrue();
        assertThat(RateAdvisor.suggestionNote(stable)).isEqualTo(stable.suggestedLr() == 0.001
                ? stable.reason() + "; it is the suggested rate"
                : "lr 0.001 → " + org.landscapelab.params.NumberText.readable(stable.suggestedLr(), 6)
                        + ", the suggested rate (about half the limit): " + stable.reason());
    }

    @Test
    void legendsFollowTheRace() {
        race.add(OptimizerSpec.parse("sgd lr=0.001"));
        OptimizerEntry adam = race.add(OptimizerSpec.parse("adam lr=0.01"));
        show(WELL);
        assertThat(race.raceProperty().get().runs()).extracting(ColoredRun::label).contains(adam.label());
        race.optimizers().remove(adam);
        fxThread.drain();
        assertThat(race.raceProperty().get().runs()).extracting(ColoredRun::label).doesNotContain(adam.label()).hasSize(1);
    }

    @Test
    void theCardShowsItsNotesOneALine() {
        assertThat(OptimizerCard.joinNotes("", "")).isEmpty();
        assertThat(OptimizerCard.joinNotes("lr 0.1 → 0.001: why", "")).isEqualTo("lr 0.1 → 0.001: why");
        assertThat(OptimizerCard.joinNotes("", "diverged at step 2: f is not finite")).isEqualTo("diverged at step 2: f is not finite");
        assertThat(OptimizerCard.joinNotes("lr 0.1 is unstable here", "diverged at step 2")).isEqualTo("lr 0.1 is unstable here\ndiverged at step 2");
    }
}
