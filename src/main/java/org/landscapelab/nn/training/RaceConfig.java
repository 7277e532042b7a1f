package org.landscapelab.nn.training;

import java.util.List;
import java.util.Locale;
import org.landscapelab.optim.OptimizerSpec;

/**
 * How to race optimizers on one network: the optimizers (1 … {@link #MAX_RACERS}), the steps, the
 * batch size in examples (0: all every step), how often to record a step ({@code every}) and the
 * probes ({@code probeEvery}, 0: only at the end), and the seed of the batches and of the
 * optimizers' own random numbers.
 */
public record RaceConfig(List<OptimizerSpec> optimizers, long steps, int batchSize, int every, int probeEvery, long seed) {
    /** Racers side by side: four curves stay tellable apart in one plot (and four networks fit in memory). */
    public static final int MAX_RACERS = 4;
    /** The network panels' largest step count. */
    public static final long MAX_STEPS = 1_000_000;
    /**
     * Multiply-adds of a whole race (steps × racers × one step's forward, backward and probes): 10^15,
     * days on one core, so only runs that could never finish in a session are refused. The panel's
     * longest single run of the rank-collapse configuration (L 24, d 32, n 16, batch 8, 1,000,000
     * steps) takes about 1.3·10^14.
     */
    public static final double MAX_MULTIPLY_ADDS = 1e15;
    /**
     * Recorded steps per optimizer: 100,000. A record holds a gradient norm and a relative update per
     * parameter group (about 1 KB for a 6-layer transformer), so four racers stay under half a GB; a
     * 2,000-step run recorded at every step is 2,000.
     */
    public static final long MAX_RECORDS = 100_000;

    public RaceConfig {
        optimizers = List.copyOf(optimizers);
        if (optimizers.isEmpty() || optimizers.size() > MAX_RACERS) {
            throw new IllegalArgumentException("a race takes 1 to " + MAX_RACERS + " optimizers, got " + optimizers.size());
        }
        if (steps < 1 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be in [1, " + MAX_STEPS + "], got " + steps);
        if (batchSize < 0) throw new IllegalArgumentException("batch size must be >= 0 (0: all examples), got " + batchSize);
        if (every < 1) throw new IllegalArgumentException("every must be >= 1, got " + every);
        long records = (steps + every - 1) / every;
        if (records > MAX_RECORDS) {
            throw new IllegalArgumentException("every: recording every " + every + " of " + steps + " steps makes " + records
                    + " records per optimizer, more than the limit of " + String.format(Locale.ROOT, "%,d", MAX_RECORDS)
                    + "; record less often");
        }
        if (probeEvery < 0) throw new IllegalArgumentException("probe interval must be >= 0 (0: only at the end), got " + probeEvery);
    }

    /**
     * The optimizers that race the first one, as one line of text (session and scenario files):
     * "sgd lr=0.1 momentum=0.9; rmsprop lr=0.001". A spec has spaces and commas (betas=0.9,0.999), never a semicolon.
     */
    public static String racersText(List<OptimizerSpec> others) {
        return String.join("; ", others.stream().map(OptimizerSpec::toString).toList());
    }

    /** The optimizers of {@link #racersText}'s text ("" : none). */
    public static List<OptimizerSpec> parseRacers(String text) {
        List<OptimizerSpec> others = new java.util.ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) others.add(OptimizerSpec.parse(part.strip()));
        }
        if (others.size() > MAX_RACERS - 1) {
            throw new IllegalArgumentException("at most " + (MAX_RACERS - 1) + " optimizers race the first one, got " + others.size());
        }
        return List.copyOf(others);
    }

    /** Refuses a race of more than {@link #MAX_MULTIPLY_ADDS} when one step of one racer takes {@code stepMultiplyAdds}. */
    public void requireWork(double stepMultiplyAdds) {
        double work = steps * optimizers.size() * stepMultiplyAdds;
        if (!(work <= MAX_MULTIPLY_ADDS)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "steps: %d steps of %d optimizers take about %.2g multiply-adds, more than the limit of %.0e (days on one core)",
                    steps, optimizers.size(), work, MAX_MULTIPLY_ADDS));
        }
    }
}
