package org.landscapelab.ui.network;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.training.RacePoint;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.ui.charts.LineChart;

/** The race plots' curves, one per racer in its colour: loss, a parameter group's gradient norm and relative update, a probe over steps. */
final class RaceCurves {
    private RaceCurves() {}

    /** Groups to choose from: each parameter over all layers first, then per layer; none before a race. */
    static List<String> groups(RaceSnapshot race) {
        return race == null ? List.of() : race.groups();
    }

    static List<LineChart.Series> loss(RaceSnapshot race, List<Color> colors) {
        return perRacer(race, colors, RacePoint::loss);
    }

    /** ‖∇θ‖ of {@code group}; none if no group is picked or the race has no such group (a setting changed since). */
    static List<LineChart.Series> gradNorms(RaceSnapshot race, String group, List<Color> colors) {
        if (!has(race, group)) return List.of();
        int g = race.group(group);
        return perRacer(race, colors, p -> p.gradNorm(g));
    }

    /** ‖Δθ‖/‖θ‖ of {@code group}. */
    static List<LineChart.Series> updateRatios(RaceSnapshot race, String group, List<Color> colors) {
        if (!has(race, group)) return List.of();
        int g = race.group(group);
        return perRacer(race, colors, p -> p.updateRatio(g));
    }

    private static boolean has(RaceSnapshot race, String group) {
        return race != null && group != null && race.groups().contains(group);   // List.copyOf's contains(null) throws
    }

    /** A probe of the last layer's output over the steps (from each racer's probe snapshots). */
    static List<LineChart.Series> probeOverSteps(RaceSnapshot race, String probe, List<Color> colors) {
        List<LineChart.Series> out = new ArrayList<>();
        if (race == null || probe == null) return out;
        for (int k = 0; k < race.racers().size(); k++) {
            List<TrainingSnapshot> s = race.racers().get(k).probes();
            double[] x = new double[s.size()], y = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                List<LayerReport> layers = s.get(i).layers();
                x[i] = s.get(i).step();
                y[i] = layers.get(layers.size() - 1).probes().get(probe);
            }
            out.add(new LineChart.Series(race.racers().get(k).optimizer().label(), x, y, color(colors, k), false));
        }
        return out;
    }

    private static List<LineChart.Series> perRacer(RaceSnapshot race, List<Color> colors, ToDoubleFunction<RacePoint> value) {
        List<LineChart.Series> out = new ArrayList<>();
        if (race == null) return out;
        for (int k = 0; k < race.racers().size(); k++) {
            RacerRun r = race.racers().get(k);
            double[] x = new double[r.points().size()], y = new double[r.points().size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.points().get(i).step();
                y[i] = value.applyAsDouble(r.points().get(i));
            }
            out.add(new LineChart.Series(r.optimizer().label(), x, y, color(colors, k), false));
        }
        return out;
    }

    /** The racer's colour as it was when drawn; a racer removed since keeps the palette's. */
    private static Color color(List<Color> colors, int k) {
        return k < colors.size() ? colors.get(k) : org.landscapelab.render.Palette.onLight(org.landscapelab.render.Palette.color(k));
    }
}
