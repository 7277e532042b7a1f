package org.landscapelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.OptimizerEntry;

/**
 * What the window remembers between starts: its size and place, and the lab's last state (the
 * landscape, the optimizers, the noise and the run settings), in the user's preferences. Anything
 * unreadable is skipped: a bad remembered value never stops the app from opening.
 */
final class WindowState {
    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Size and place as remembered, kept on a screen that exists now (a projector may be gone). */
    void restoreWindow(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(screen.getWidth(), Math.max(900, prefs.getDouble("width", 1400)));
        double h = Math.min(screen.getHeight(), Math.max(600, prefs.getDouble("height", 880)));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        boolean onScreen = javafx.stage.Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().contains(x + 40, y + 20));
        if (Double.isFinite(x) && Double.isFinite(y) && onScreen) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /** Restores the lab; returns false (and leaves the lab alone) when nothing was remembered. */
    boolean restoreLab(LabViewModel lab) {
        String landscape = prefs.get("landscape", null);
        if (landscape == null) return false;
        var entry = lab.landscape().entries().stream().filter(e -> e.landscape().id().equals(landscape)).findFirst();
        if (entry.isPresent()) lab.landscape().selectedProperty().set(entry.get());
        else if (!lab.landscape().applyExpression(prefs.get("expression", ""))) return false;
        for (String spec : prefs.get("optimizers", "").split("\\|")) {
            if (spec.isBlank() || lab.race().optimizers().size() >= org.landscapelab.ui.race.RaceViewModel.MAX_OPTIMIZERS) continue;
            try {
                lab.race().add(OptimizerSpec.parse(spec));
            } catch (IllegalArgumentException ignored) {
                // an optimizer remembered from another version; leave it out
            }
        }
        try {
            lab.race().noiseProperty().set(NoiseSpec.parse(prefs.get("noise", "none")));
            lab.race().modeProperty().set(NoiseMode.parse(prefs.get("noiseMode", "iterate")));
        } catch (IllegalArgumentException ignored) {
            // keep the defaults
        }
        lab.race().seedProperty().set(prefs.getLong("seed", 1));
        lab.race().stepsProperty().set(Math.max(1, Math.min(org.landscapelab.ui.race.RaceViewModel.MAX_STEPS, prefs.getInt("steps", 300))));
        double sx = prefs.getDouble("startX", Double.NaN);
        double sy = prefs.getDouble("startY", Double.NaN);
        if (Double.isFinite(sx) && Double.isFinite(sy)) lab.setStart(new Point(sx, sy));
        return true;
    }

    /** The panels a user can fold away, remembered when the user folds or unfolds them. */
    enum Panel {
        LEFT("layout.left", true), RIGHT("layout.right", true), BANNER_TEXT("layout.bannerText", false);

        private final String key;
        private final boolean shownByDefault;

        Panel(String key, boolean shownByDefault) {
            this.key = key;
            this.shownByDefault = shownByDefault;
        }
    }

    boolean shown(Panel panel) {
        return prefs.getBoolean(panel.key, panel.shownByDefault);
    }

    void setShown(Panel panel, boolean shown) {
        prefs.putBoolean(panel.key, shown);
    }

    void save(Stage stage, LabViewModel lab) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        // A landscape without an expression (a network slice) is not remembered: the one before it is.
        if (lab.landscape().landscape() != null && lab.landscape().landscape().hasExpression()) {
            prefs.put("landscape", lab.landscape().landscape().id());
            prefs.put("expression", lab.landscape().landscape().expression().source());
        }
        List<String> specs = new ArrayList<>();
        for (OptimizerEntry e : lab.race().optimizers()) specs.add(e.spec().toString());
        prefs.put("optimizers", String.join("|", specs));
        prefs.put("noise", lab.race().noiseProperty().get().toString());
        prefs.put("noiseMode", lab.race().modeProperty().get().cliName());
        prefs.putLong("seed", lab.race().seedProperty().get());
        prefs.putInt("steps", lab.race().stepsProperty().get());
        Point start = lab.race().startProperty().get();
        if (start != null) {
            prefs.putDouble("startX", start.x());
            prefs.putDouble("startY", start.y());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the lab works without them
        }
    }
}
