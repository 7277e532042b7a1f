package org.landscapelab.ui.race;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.sim.RaceResult;

/** A computed race as the lab shows it: a snapshot of every run, each with its colour. */
public record ColoredRace(RaceResult result, List<ColoredRun> runs) {
    public ColoredRace {
        runs = List.copyOf(runs);
    }

    /** The race's runs coloured in order: {@code colors} has one colour per run. */
    public static ColoredRace of(RaceResult result, List<Color> colors) {
        List<ColoredRun> runs = new ArrayList<>();
        for (int i = 0; i < result.runs().size(); i++) runs.add(new ColoredRun(result.runs().get(i), colors.get(i)));
        return new ColoredRace(result, runs);
    }

    public Landscape landscape() { return result.landscape(); }

    public Point start() { return result.start(); }

    /** The last step index any run reached. */
    public int lastStep() { return result.lastStep(); }
}
