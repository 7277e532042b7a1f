package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.ParameterVector;

/** The first racer's parameters along a race: θ0, every k-th step, the latest; at most 100 points. */
class ParameterTrailTest {
    private static NetworkRace race(long steps, String... optimizers) {
        NetworkRace race = NetworkRaceTest.SMALL.race(NetworkRaceTest.specs(optimizers), 3, steps, 1, 5);
        race.run();
        return race;
    }

    @Test
    void aRaceKeepsTheFirstRacersStartEveryKthStepAndTheLatest() {
        NetworkRace race = race(250, "sgd lr=0.05", "adam lr=0.01");
        List<double[]> trail = race.trajectory();
        // k = ⌈250 / 99⌉ = 3: steps 0, 3, …, 249 (84 points), then the latest, step 250.
        assertThat(trail).hasSize(85);
        assertThat(trail.get(0)).isEqualTo(ParameterVector.values(NetworkRaceTest.SMALL.network(3).parameters()));
        assertThat(trail.get(trail.size() - 1)).isEqualTo(race.current());
        assertThat(race.currentStep()).isEqualTo(250);
        // The i-th point is θ after 3i updates: what a race of 3i steps ends at (the same batches and numbers).
        for (int i : new int[] {1, 2, 7}) assertThat(trail.get(i)).as("point " + i).isEqualTo(race(3L * i, "sgd lr=0.05").current());
        // The first racer's, whoever races it.
        assertThat(race(250, "sgd lr=0.05").trajectory()).hasSize(85).last().isEqualTo(race.current());
        // Copies: changing one changes nothing in the race.
        double before = trail.get(0)[0];
        trail.get(0)[0] += 1;
        race.current()[0] += 1;
        assertThat(race.trajectory().get(0)[0]).isEqualTo(before);
        assertThat(race.current()).isEqualTo(trail.get(trail.size() - 1));
    }

    @Test
    void beforeItRunsTheTrailIsTheInitialization() {
        NetworkRace race = NetworkRaceTest.SMALL.race(NetworkRaceTest.specs("sgd lr=0.05"), 3, 10, 1, 5);
        double[] theta0 = ParameterVector.values(NetworkRaceTest.SMALL.network(3).parameters());
        assertThat(race.trajectory()).hasSize(1).first().isEqualTo(theta0);
        assertThat(race.current()).isEqualTo(theta0);
        assertThat(race.currentStep()).isZero();
    }

    @Test
    void atMostAHundredPointsForAnyNumberOfStepsAndTheLastIsTheLatest() {
        for (long steps : new long[] {1, 2, 98, 99, 100, 101, 197, 199, 200, 1_000, 2_000, 12_345, 1_000_000}) {
            ParameterTrail t = new ParameterTrail(steps, new double[] {0});
            for (long s = 1; s <= steps; s++) t.record(s, new double[] {s});
            List<double[]> points = t.points();
            assertThat(points.size()).as(steps + " steps").isLessThanOrEqualTo(ParameterTrail.MAX_POINTS).isGreaterThanOrEqualTo((int) Math.min(steps + 1, 51));
            assertThat(points.get(0)).containsExactly(0);
            assertThat(points.get(points.size() - 1)).as(steps + " steps").containsExactly((double) steps);
            for (int i = 1; i < points.size() - 1; i++) assertThat(points.get(i)[0]).isEqualTo(i * t.every());
        }
        assertThat(new ParameterTrail(99, new double[1]).every()).isEqualTo(1);
        assertThat(new ParameterTrail(100, new double[1]).every()).isEqualTo(2);
    }

    @Test
    void aNetworkOfMillionsKeepsFewerPointsWithinTheMemoryBound() {
        assertThat(ParameterTrail.points(75_000)).isEqualTo(100);                  // 60 MB
        assertThat(ParameterTrail.points(10_000_000)).isEqualTo(6);                // 80 MB each: 480 MB ≤ 512 MiB
        assertThat(ParameterTrail.points(1_000_000_000)).isEqualTo(3);             // PCA's three, whatever the size
        assertThat(ParameterTrail.every(1_000, 6)).isEqualTo(200);
    }
}
