package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every optimizer promises: dimensions checked, state inspectable, reset, no allocation per step. */
class OptimizerContractTest {

    static Optimizer create(OptimizerKind kind, int n, long seed) {
        return Optimizers.create(OptimizerSpec.defaults(kind).with("lr", "0.01"), n, new SplittableRandom(seed));
    }

    static Oracle oracleFor(OptimizerKind kind) {
        return kind.needsFiniteSum() ? new LeastSquares(30, 2, 0.1, 3) : new LandscapeOracle("x^2 - y^2 + 0.25*y^4 + x*y");
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void resetGivesTheSameRunAgainAndUpdatesAreReported(OptimizerKind kind) {
        Oracle oracle = oracleFor(kind);
        Optimizer o = create(kind, 2, 1);
        assertThat(o.dimension()).isEqualTo(2);
        assertThat(o.spec().kind()).isEqualTo(kind);
        assertThat(o.lastUpdate()).containsExactly(0, 0);
        double[] x = {0.5, 0.3};
        double[] before = x.clone();
        double[] first = null;
        for (int t = 0; t < 20; t++) {
            before = x.clone();
            o.step(x, oracle);
            if (t == 0) first = x.clone();
        }
        assertThat(o.steps()).isEqualTo(20);
        double[] update = o.lastUpdate();
        assertThat(update).containsExactly(x[0] - before[0], x[1] - before[1]);
        update[0] = 99; // a copy
        assertThat(o.lastUpdate()[0]).isNotEqualTo(99);
        o.reset();
        assertThat(o.steps()).isZero();
        assertThat(o.lastUpdate()).containsExactly(0, 0);
        if (!kind.usesRandom()) {
            double[] again = {0.5, 0.3};
            o.step(again, oracle);
            assertThat(again).containsExactly(first);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void refusesVectorsAndOraclesOfAnotherDimension(OptimizerKind kind) {
        Optimizer o = create(kind, 3, 1);
        assertThatThrownBy(() -> o.step(new double[2], oracleFor(kind)))
                .hasMessage(kind.id() + " was created for dimension 3, got a vector of length 2");
        assertThatThrownBy(() -> o.step(new double[3], oracleFor(kind)))
                .hasMessage(kind.id() + " was created for dimension 3, got an objective of dimension 2");
    }

    @Test
    void momentumBuffersAreExposedForArrows() {
        LandscapeOracle f = new LandscapeOracle("x^2 + 3*y^2");
        Optimizer sgd = Optimizers.create(OptimizerSpec.parse("sgd lr=0.1 momentum=0.9"), 2);
        assertThat(Optimizers.create(OptimizerSpec.parse("sgd"), 2).momentum()).isEmpty();
        double[] x = {1, 1};
        sgd.step(x, f);
        assertThat(sgd.momentum()).hasValueSatisfying(b -> assertThat(b).containsExactly(2, 6));
        assertThat(sgd.lastGradient()).containsExactly(2, 6);
        Optimizer adam = Optimizers.create(OptimizerSpec.parse("adam"), 2);
        adam.step(new double[] {1, 1}, f);
        double keep = 1 - 0.9; // as torch computes 1 − β₁
        assertThat(adam.momentum()).hasValueSatisfying(m -> assertThat(m).containsExactly(keep * 2, keep * 6));
    }

    @Test
    void deterministicFactoryRefusesRandomKinds() {
        assertThatThrownBy(() -> Optimizers.create(OptimizerSpec.defaults(OptimizerKind.PGD), 2))
                .hasMessage("pgd draws random numbers: pass a seeded random generator");
    }

    /** The per-step path of the first-order methods allocates nothing (ensembles run 10⁷ steps/s). */
    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"SGD", "ADAM", "ADAMW", "RMSPROP", "ADAGRAD", "PGD", "SVRG", "SARAH"})
    void stepsDoNotAllocate(OptimizerKind kind) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        OptimizerSpec spec = OptimizerSpec.defaults(kind).with("lr", "0.001");
        if (kind == OptimizerKind.SGD) spec = spec.with("momentum", "0.9").with("nesterov", "true");
        if (kind == OptimizerKind.RMSPROP) spec = spec.with("centered", "true").with("momentum", "0.5");
        if (kind == OptimizerKind.ADAM) spec = spec.with("amsgrad", "true").with("weight_decay", "0.1");
        if (kind == OptimizerKind.PGD) spec = spec.with("t_thres", "0").with("g_thres", "1e9"); // perturb every step
        if (kind.needsFiniteSum()) spec = spec.with("epoch_length", "10").with("batch_size", "4");
        Optimizer o = Optimizers.create(spec.withSchedule(new LrSchedule.CosineAnnealingLR(1000, 0)), 2, new SplittableRandom(1));
        Oracle oracle = kind.needsFiniteSum() ? new LeastSquares(30, 2, 0.1, 3) : Quadratic.diagonal(1, 2);
        double[] x = {0.5, 0.3};
        for (int t = 0; t < 20_000; t++) o.step(x, oracle); // warm up (and grow PGD's record of perturbations)
        if (o instanceof PerturbedGradientDescent) o.reset();
        long allocated = threads.getThreadAllocatedBytes(thread);
        for (int t = 0; t < 4_000; t++) o.step(x, oracle);
        allocated = threads.getThreadAllocatedBytes(thread) - allocated;
        assertThat(allocated).as(kind.id() + ": bytes allocated in 4000 steps").isLessThan(1024);
    }
}
