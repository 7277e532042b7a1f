package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** First-order methods against closed forms, in 1000 dimensions (any-dimension contract). */
class FirstOrderClosedFormTest {
    static final int N = 1000;

    static Optimizer create(String spec, int n) {
        return Optimizers.create(OptimizerSpec.parse(spec), n);
    }

    /** A linear function c·x: the gradient is c everywhere. */
    static Oracle linear(double[] c) {
        return new Oracle() {
            public int dimension() { return c.length; }
            public double gradient(double[] x, double[] grad) {
                double f = 0;
                for (int i = 0; i < c.length; i++) {
                    grad[i] = c[i];
                    f += c[i] * x[i];
                }
                return f;
            }
        };
    }

    static double[] random(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextDouble(lo, hi);
        return v;
    }

    @Test
    void gradientDescentOnAQuadraticContractsEachEigendirectionBy1MinusLrLambda() {
        double[] lambda = random(N, 1, 0.1, 10);
        double[] x0 = random(N, 2, -1, 1);
        double lr = 0.15;
        Optimizer sgd = create("sgd lr=" + lr, N);
        DiagonalQuadratic f = new DiagonalQuadratic(lambda);
        double[] x = x0.clone();
        for (int k = 1; k <= 40; k++) {
            sgd.step(x, f);
            for (int i = 0; i < N; i++) {
                double expected = Math.pow(1 - lr * lambda[i], k) * x0[i];
                assertThat(x[i]).isCloseTo(expected, within(1e-12 * Math.abs(x0[i]) + 1e-300));
            }
        }
    }

    @Test
    void heavyBallOnAConstantGradientSumsAGeometricSeries() {
        double[] c = random(N, 3, -1, 1);
        double lr = 0.01;
        double mu = 0.9;
        Optimizer sgd = create("sgd lr=" + lr + " momentum=" + mu, N);
        double[] x = new double[N];
        double travelled = 0;
        for (int t = 1; t <= 30; t++) {
            sgd.step(x, linear(c));
            travelled += (1 - Math.pow(mu, t)) / (1 - mu); // buffer_t = c (1 − μ^t)/(1 − μ)
            for (int i = 0; i < N; i++) assertThat(x[i]).isCloseTo(-lr * c[i] * travelled, within(1e-13));
        }
        assertThat(sgd.momentum()).hasValueSatisfying(b -> assertThat(b[7])
                .isCloseTo(c[7] * (1 - Math.pow(mu, 30)) / (1 - mu), within(1e-12)));
    }

    @Test
    void adamsFirstStepHasLengthLrInEveryCoordinate() {
        double[] c = random(N, 4, -3, 3);
        double lr = 0.05;
        double[] x = new double[N];
        create("adam lr=" + lr, N).step(x, linear(c));
        for (int i = 0; i < N; i++) {
            // m̂ = g, v̂ = g², so the step is −lr·g/(|g| + ε)
            assertThat(x[i]).isCloseTo(-lr * c[i] / (Math.abs(c[i]) + 1e-8), within(1e-15));
        }
    }

    @Test
    void adamWithAConstantGradientKeepsStepLengthLr() {
        double[] c = random(N, 5, 0.5, 2);
        double[] x = new double[N];
        Optimizer adam = create("adam lr=0.01 eps=0", N);
        for (int t = 1; t <= 50; t++) {
            adam.step(x, linear(c));
            // bias correction makes m̂ = g and v̂ = g² exactly, for any betas
            for (int i = 0; i < N; i += 97) assertThat(x[i]).isCloseTo(-0.01 * t, within(1e-13));
        }
    }

    @Test
    void adamwDecaysDecoupledFromTheGradientWhileAdamsL2GoesThroughTheMoments() {
        double[] x0 = random(N, 6, -2, 2);
        Oracle flat = linear(new double[N]);
        double[] x = x0.clone();
        Optimizer adamw = create("adamw lr=0.1 weight_decay=0.5", N);
        for (int t = 0; t < 20; t++) adamw.step(x, flat);
        for (int i = 0; i < N; i++) assertThat(x[i]).isCloseTo(x0[i] * Math.pow(1 - 0.1 * 0.5, 20), within(1e-13));

        double[] y = x0.clone();
        create("adam lr=0.1 weight_decay=0.5", N).step(y, flat);
        for (int i = 0; i < N; i++) {
            double g = 0.5 * x0[i]; // the L2 term is the whole gradient, and Adam normalizes it
            assertThat(y[i]).isCloseTo(x0[i] - 0.1 * g / (Math.abs(g) + 1e-8), within(1e-15));
        }
    }

    @Test
    void rmspropOnAConstantGradientDividesByTheBiasedRunningRms() {
        double[] c = random(N, 7, -2, 2);
        double[] x = new double[N];
        double alpha = 0.9;
        Optimizer rmsprop = create("rmsprop lr=0.01 alpha=" + alpha + " eps=0", N);
        double travelled = 0;
        for (int t = 1; t <= 25; t++) {
            rmsprop.step(x, linear(c));
            travelled += 1 / Math.sqrt(1 - Math.pow(alpha, t)); // v_t = (1 − α^t) g²
            for (int i = 0; i < N; i += 31) {
                assertThat(x[i]).isCloseTo(-0.01 * Math.signum(c[i]) * travelled, within(1e-12));
            }
        }
    }

    @Test
    void centeredRmspropOnAConstantGradientDividesByTheVarianceEstimate() {
        double[] x = new double[1];
        double alpha = 0.5;
        Optimizer rmsprop = create("rmsprop lr=1 alpha=" + alpha + " eps=0 centered=true", 1);
        rmsprop.step(x, linear(new double[] {2}));
        rmsprop.step(x, linear(new double[] {2}));
        // s = (1 − α²)·4 = 3, ḡ = (1 − α²)·2 = 1.5 after two steps; first step: s = 2, ḡ = 1
        double first = 2 / Math.sqrt(2 - 1);
        double second = 2 / Math.sqrt(3 - 1.5 * 1.5);
        assertThat(x[0]).isCloseTo(-(first + second), within(1e-14));
    }

    @Test
    void adagradOnAConstantGradientStepsLikeOneOverSquareRootT() {
        double[] c = random(N, 8, -2, 2);
        double[] x = new double[N];
        Optimizer adagrad = create("adagrad lr=0.1 lr_decay=0.5 initial_accumulator_value=3 eps=0", N);
        double[] travelled = new double[N];
        for (int t = 1; t <= 25; t++) {
            adagrad.step(x, linear(c));
            for (int i = 0; i < N; i++) {
                double clr = 0.1 / (1 + (t - 1) * 0.5);
                travelled[i] += clr * c[i] / Math.sqrt(3 + t * c[i] * c[i]);
                assertThat(x[i]).isCloseTo(-travelled[i], within(1e-13));
            }
        }
    }

    @Test
    void maximizeClimbsExactlyAsMinimizingTheNegative() {
        double[] lambda = random(N, 9, 0.1, 2);
        double[] negated = lambda.clone();
        for (int i = 0; i < N; i++) negated[i] = -lambda[i];
        for (String kind : new String[] {"sgd momentum=0.5 weight_decay=0.1", "adam weight_decay=0.1", "adamw",
                "rmsprop momentum=0.3 centered=true", "adagrad weight_decay=0.1"}) {
            double[] up = random(N, 10, -1, 1);
            double[] down = up.clone();
            Optimizer climber = create(kind + " maximize=true", N);
            Optimizer descender = create(kind, N);
            for (int t = 0; t < 10; t++) {
                climber.step(up, new DiagonalQuadratic(negated));
                descender.step(down, new DiagonalQuadratic(lambda));
            }
            assertThat(up).as(kind).containsExactly(down);
        }
    }

    @Test
    void sgdWeightDecayIsAnL2Penalty() {
        double[] x = {1, -2, 3};
        double[] y = x.clone();
        Optimizer decayed = create("sgd lr=0.1 weight_decay=0.25", 3);
        Optimizer penalized = create("sgd lr=0.1", 3);
        for (int t = 0; t < 10; t++) {
            decayed.step(x, linear(new double[3]));
            penalized.step(y, new DiagonalQuadratic(new double[] {0.25, 0.25, 0.25}));
        }
        assertThat(x).containsExactly(y);
    }

    @Test
    void everyFirstOrderMethodConvergesOnAnIllConditionedQuadraticIn1000Dimensions() {
        double[] lambda = random(N, 11, 0.5, 5);
        for (String spec : new String[] {"sgd lr=0.1 momentum=0.9 nesterov=true", "adam lr=0.05", "adamw lr=0.05 weight_decay=0",
                "rmsprop lr=0.01 momentum=0.5", "adagrad lr=0.5"}) {
            double[] x = random(N, 12, -1, 1);
            Optimizer o = create(spec, N);
            double f0 = o.step(x, new DiagonalQuadratic(lambda));
            double f = f0;
            for (int t = 0; t < 400; t++) f = o.step(x, new DiagonalQuadratic(lambda));
            assertThat(f).as(spec).isLessThan(1e-3 * f0);
        }
    }
}
