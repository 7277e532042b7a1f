package org.landscapelab.ui.lab;

import java.awt.Color;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.ArrowOverlay;
import org.landscapelab.render.CloudOverlay;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.Palette;
import org.landscapelab.render.PlotTransform;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.Trajectory;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;

/**
 * Turns the race and the ensemble at the current step into overlays for the figure. Point lists
 * are built once per trajectory and reused every frame.
 */
public final class LabOverlays {
    /** Arrow length on screen, in points: arrows show directions; the readout gives sizes. */
    static final double ARROW_LENGTH = 38;
    /** Arrow colours: light ones get a dark halo, so all three read on any colour map and on the legend. */
    static final Color GRADIENT_ARROW = Color.WHITE;
    static final Color MOMENTUM_ARROW = new Color(0xF0, 0xE4, 0x42);
    static final Color UPDATE_ARROW = new Color(0xE6, 0x9F, 0x00);
    static final Color CLOUD = new Color(0xF0, 0xE4, 0x42);
    /** The projected training path's label, on the legend. */
    public static final String TRAINING_PATH = "training path (projected)";
    /**
     * Its colour: vermillion, Palette.color(3), the first the lab's default race of three does not
     * use (color(7) cycles back to color(1), the second racer's bluish green).
     */
    static final Color TRAINING_PATH_COLOR = Palette.color(3);

    /** Which arrows to draw at each run's current point. */
    public record Arrows(boolean gradient, boolean momentum, boolean update) {
        public static final Arrows NONE = new Arrows(false, false, false);
    }

    private final Map<Trajectory, List<Point>> points = new IdentityHashMap<>();

    /** The lab's overlays at its current step: what the screen shows, and what an export of the screen shows. */
    public List<Overlay> at(LabViewModel lab, PlotTransform tr) {
        List<Overlay> out = at(lab.race().raceProperty().get(), lab.playback().step(), lab.arrows(),
                lab.ensemble().shownProperty().get() ? lab.ensemble().resultProperty().get() : null,
                lab.ensemble().densityProperty().get(), lab.hiddenPaths(), tr);
        LabViewModel.TrainingPath path = lab.trainingPathProperty().get();
        org.landscapelab.render.Figure figure = lab.landscape().figureProperty().get();
        // Only over its slice's figure (the previous landscape's stays on screen while the slice's is drawn), and
        // last: the race's paths keep their marker shapes; the current step is the path's last point.
        if (path != null && figure != null && figure.landscape().landscape().sameDefinition(path.slice())) {
            out.add(TrajectoryOverlay.of(TRAINING_PATH, TRAINING_PATH_COLOR, path.points())
                    .withHidden(lab.hiddenPaths().contains(TRAINING_PATH)));
        }
        return out;
    }

    /**
     * Overlays for step k: each run's path so far (those labelled in {@code hidden} kept for the
     * legend only), arrows at the current point of each path in view, the ensemble's particles.
     */
    public List<Overlay> at(ColoredRace race, int step, Arrows arrows, EnsembleResult ensemble, boolean density,
                            java.util.Set<String> hidden, PlotTransform tr) {
        List<Overlay> out = new ArrayList<>();
        if (ensemble != null) out.add(cloud(ensemble, step, density));
        if (race == null) return out;
        points.keySet().retainAll(race.runs().stream().filter(ColoredRun::ok).map(ColoredRun::trajectory).toList());
        boolean[] labelled = new boolean[3];
        List<Overlay> arrowOverlays = new ArrayList<>();
        for (ColoredRun run : race.runs()) {
            if (!run.ok()) continue;
            Trajectory t = run.trajectory();
            int k = Math.min(step, t.size() - 1);
            boolean off = hidden.contains(run.label());
            out.add(new TrajectoryOverlay(run.label(), run.color(), pointsOf(t), k, divergenceMark(t, race.landscape().domain()), off));
            if (tr == null || off) continue;
            Point at = t.point(k);
            Point g = t.gradient(k);
            if (arrows.gradient()) arrowOverlays.add(arrow(labelled, 0, "\u2212\u2207f", GRADIENT_ARROW, at, new Point(-g.x(), -g.y()), tr));
            if (arrows.momentum()) {
                Optional<Point> m = t.momentum(Math.max(0, k - 1));
                if (m.isPresent() && k > 0) arrowOverlays.add(arrow(labelled, 1, "momentum", MOMENTUM_ARROW, at, negate(m.get()), tr));
            }
            if (arrows.update() && k < t.size() - 1) arrowOverlays.add(arrow(labelled, 2, "update", UPDATE_ARROW, at, t.update(k), tr));
        }
        // Arrows after all paths: their legend entries come last, and they are drawn on top.
        out.addAll(arrowOverlays);
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private List<Point> pointsOf(Trajectory t) {
        return points.computeIfAbsent(t, tt -> {
            List<Point> list = new ArrayList<>(tt.size());
            for (int k = 0; k < tt.size(); k++) list.add(tt.point(k));
            return List.copyOf(list);
        });
    }

    /**
     * Where the map marks a divergence: the last point of the run inside the domain, so the cross is
     * on screen where the run left (the point it diverged at is often far outside or not a number); -1 if it did not diverge.
     */
    static int divergenceMark(Trajectory t, org.landscapelab.landscape.Domain domain) {
        if (!t.diverged()) return -1;
        int k = t.divergedAt();
        while (k > 0 && !domain.contains(t.x(k), t.y(k))) k--;
        return k;
    }

    /** The ensemble's particles at the last recorded frame at or before the step. */
    static CloudOverlay cloud(EnsembleResult r, int step, boolean density) {
        int[] frames = r.frameSteps();
        int f = 0;
        while (f + 1 < frames.length && frames[f + 1] <= step) f++;
        float[] xy = frames.length == 0 ? new float[0] : r.frame(f);
        List<Point> pts = new ArrayList<>(xy.length / 2);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isNaN(xy[i])) pts.add(new Point(xy[i], xy[i + 1]));
        }
        return new CloudOverlay("particles (" + r.particles() + ")", CLOUD, pts, density);
    }

    /** The momentum buffers point uphill (they accumulate gradients); the run moves against them. */
    private static Point negate(Point p) {
        return new Point(-p.x(), -p.y());
    }

    /** A fixed-length arrow along a domain direction; the first of each kind carries the legend label. */
    private static ArrowOverlay arrow(boolean[] labelled, int kind, String label, Color color, Point at, Point v, PlotTransform tr) {
        double sx = v.x() * tr.scaleX();
        double sy = v.y() * tr.scaleY();
        double len = Math.hypot(sx, sy);
        if (!(len > 0) || !Double.isFinite(len)) return null;
        Point vector = new Point(sx / len * ARROW_LENGTH / tr.scaleX(), sy / len * ARROW_LENGTH / tr.scaleY());
        String text = labelled[kind] ? "" : label;
        labelled[kind] = true;
        return new ArrowOverlay(text, color, at, vector);
    }
}
