package org.landscapelab.ui.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.landscapelab.io.AnimationExport;
import org.landscapelab.io.AnimationFormat;
import org.landscapelab.io.AnimationSettings;
import org.landscapelab.io.AtomicWrite;
import org.landscapelab.io.EnsembleExport;
import org.landscapelab.io.FigureFiles;
import org.landscapelab.io.Manifest;
import org.landscapelab.render.CloudOverlay;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Layer;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Trajectory;
import org.landscapelab.ui.lab.LabOverlays;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;

/**
 * Everything that leaves the lab as a file: figures, animations, data with manifests, 3D snapshots.
 * Work runs off the FX thread; a failure (an unwritable folder, a full disk) is reported in words and
 * nothing is lost: every write is atomic.
 */
public final class FileActions {
    private final Supplier<Window> owner;
    private final LabViewModel lab;
    private final Folders folders;
    private final Executor background;
    private final Consumer<String> status;
    private final Errors errors;

    /** Shows an error to the user: a header and the detail. */
    public interface Errors {
        void show(String header, String detail);
    }

    public FileActions(Supplier<Window> owner, LabViewModel lab, Folders folders, Executor background, Consumer<String> status,
                       Errors errors) {
        this.owner = owner;
        this.lab = lab;
        this.folders = folders;
        this.background = background;
        this.status = status;
        this.errors = errors;
    }

    public Folders folders() {
        return folders;
    }

    /** A save dialog in the kind's remembered folder. */
    public Path chooseSave(String kind, String title, String fileName, FileChooser.ExtensionFilter... filters) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(fileName);
        c.getExtensionFilters().addAll(filters);
        File dir = folders.folder(kind);
        if (dir != null) c.setInitialDirectory(dir);
        File f = c.showSaveDialog(owner.get());
        if (f == null) return null;
        folders.remember(kind, f.toPath());
        return f.toPath();
    }

    public Path chooseOpen(String kind, String title, FileChooser.ExtensionFilter... filters) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(filters);
        File dir = folders.folder(kind);
        if (dir != null) c.setInitialDirectory(dir);
        File f = c.showOpenDialog(owner.get());
        if (f == null) return null;
        folders.remember(kind, f.toPath());
        return f.toPath();
    }

    /** The landscape view as on screen at the current step, in a format, size and presentation the user picks. */
    public void exportFigure() {
        Figure f = lab.landscape().figureProperty().get();
        if (f == null) return;
        FigureSettings s = FigureExportDialog.ask(owner.get(), folders,
                FigureSettings.defaults(lab.landscape().optionsProperty().get().title(), f.options().colormap().name()),
                background, chosen -> figure(f, chosen));
        if (s == null) return;
        Path path = chooseFigure("Export the figure", baseName(), s.format());
        if (path == null) return;
        Figure figure = figure(f, s);
        run("Exporting the figure", () -> {
            FigureFiles.write(figure, path, s.size());
            return "Saved the figure to " + path;
        });
    }

    /** The figure on screen with the overlays of the current step, at the settings of the export dialog. */
    private Figure figure(Figure f, FigureSettings s) {
        FigureOptions o = f.options().withSize(s.width(), s.height()).withFontScale(s.fontScale()).withTheme(s.theme())
                .withTitle(s.title()).withColormap(s.colormap()).withLayer(Layer.LEGEND, s.legend());
        Figure base = f.withOptions(o);
        return base.withOverlays(overlays(base));
    }

    /** An MP4 video or animated GIF of the race growing from its start. */
    public void exportRaceAnimation() {
        Figure f = lab.landscape().figureProperty().get();
        ColoredRace race = lab.race().raceProperty().get();
        if (f == null || race == null || race.runs().stream().noneMatch(ColoredRun::ok)) {
            errors.show("There is nothing to animate yet", "Add an optimizer to the race first.");
            return;
        }
        AnimationSettings s = AnimationDialog.ask(owner.get(), "the race");
        if (s == null) return;
        Path path = chooseAnimation(baseName(), s.format());
        if (path == null) return;
        List<TrajectoryOverlay> runs = new ArrayList<>();
        for (ColoredRun r : race.runs()) {
            if (!r.ok() || lab.hiddenPaths().contains(r.label())) continue; // what the screen shows
            Trajectory t = r.trajectory();
            List<org.landscapelab.landscape.Point> pts = new ArrayList<>(t.size());
            for (int k = 0; k < t.size(); k++) pts.add(t.point(k));
            runs.add(new TrajectoryOverlay(r.label(), r.color(), List.copyOf(pts), t.size() - 1, t.divergedAt()));
        }
        withProgress("Writing " + path.getFileName(), p -> {
            AnimationExport.runs(path, f, runs, s, p);
            return "Saved the animation to " + path;
        });
    }

    /** An MP4 video or animated GIF of the ensemble's particles moving. */
    public void exportEnsembleAnimation() {
        Figure f = lab.landscape().figureProperty().get();
        EnsembleResult r = lab.ensemble().resultProperty().get();
        if (f == null || r == null) {
            errors.show("There is no ensemble to animate", "Run an ensemble first (the Ensemble panel).");
            return;
        }
        AnimationSettings s = AnimationDialog.ask(owner.get(), "the ensemble");
        if (s == null) return;
        Path path = chooseAnimation(baseName() + "-ensemble", s.format());
        if (path == null) return;
        CloudOverlay cloud = new CloudOverlay("particles (" + r.particles() + ")", new java.awt.Color(0xF0, 0xE4, 0x42), List.of(),
                lab.ensemble().densityProperty().get());
        withProgress("Writing " + path.getFileName(), p -> {
            AnimationExport.ensemble(path, f, r, cloud, s, p);
            return "Saved the animation to " + path;
        });
    }

    /** The race's trajectories as CSV or JSON (by the chosen extension), with the manifest that reproduces them. */
    public void exportTrajectories() {
        ColoredRace race = lab.race().raceProperty().get();
        if (race == null || race.runs().stream().noneMatch(ColoredRun::ok)) {
            errors.show("There are no trajectories yet", "Add an optimizer to the race first.");
            return;
        }
        Path path = chooseSave("data", "Export the trajectories", baseName() + "-trajectories.csv",
                new FileChooser.ExtensionFilter("CSV with a manifest beside it", "*.csv"), new FileChooser.ExtensionFilter("JSON", "*.json"));
        if (path == null) return;
        List<RunSpec> specs = new ArrayList<>();
        List<Trajectory> trajectories = new ArrayList<>();
        for (ColoredRun r : race.runs()) {
            if (!r.ok()) continue;
            specs.add(r.spec());
            trajectories.add(r.trajectory());
        }
        Manifest manifest = Manifest.of(race.landscape(), specs);
        run("Exporting the trajectories", () -> {
            if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                org.landscapelab.io.TrajectoryExport.writeJson(path, manifest, trajectories);
            } else {
                org.landscapelab.io.TrajectoryExport.writeCsv(path, manifest, trajectories);
            }
            return "Saved " + trajectories.size() + " trajectories to " + path;
        });
    }

    /** The ensemble's per-particle results as CSV or JSON, with the manifest. */
    public void exportEnsemble() {
        EnsembleResult r = lab.ensemble().resultProperty().get();
        if (r == null) {
            errors.show("There is no ensemble to export", "Run an ensemble first (the Ensemble panel).");
            return;
        }
        Path path = chooseSave("data", "Export the ensemble", baseName() + "-ensemble.csv",
                new FileChooser.ExtensionFilter("CSV with a manifest beside it", "*.csv"), new FileChooser.ExtensionFilter("JSON", "*.json"));
        if (path == null) return;
        Manifest manifest = Manifest.of(lab.landscape().landscape(), r.spec());
        run("Exporting the ensemble", () -> {
            if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) EnsembleExport.writeJson(path, manifest, r);
            else EnsembleExport.writeCsv(path, manifest, r);
            return "Saved " + r.particles() + " particles to " + path;
        });
    }

    /** A chart in the format, size and resolution the user picks (font scale and theme do not apply to charts). */
    public void exportChart(org.jfree.chart.JFreeChart chart, String title) {
        FigureSettings s = FigureExportDialog.ask(owner.get(), folders, new FigureSettings(FigureFormat.PDF, 480, 300, 300, 1,
                org.landscapelab.render.Theme.LIGHT, true, title, "viridis"), background,
                chosen -> new org.landscapelab.render.ChartDrawable(titled(chart, chosen.title())));
        if (s == null) return;
        String name = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        Path path = chooseFigure("Export the chart", name.isEmpty() ? "chart" : name, s.format());
        if (path == null) return;
        org.jfree.chart.JFreeChart toDraw = titled(chart, s.title());
        run("Exporting the chart", () -> {
            org.landscapelab.io.ChartFiles.write(toDraw, path, s.width(), s.height(), s.dpi());
            return "Saved the chart to " + path;
        });
    }

    /** A copy of a chart with a title, to draw off the FX thread while the chart on screen changes. */
    private static org.jfree.chart.JFreeChart titled(org.jfree.chart.JFreeChart chart, String title) {
        org.jfree.chart.JFreeChart copy;
        try {
            copy = (org.jfree.chart.JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            copy = chart; // drawn from the FX thread's copy then; charts are read-only while exporting
        }
        if (copy.getTitle() != null) copy.getTitle().setText(title);
        return copy;
    }

    /** A PNG snapshot of a node as shown (the 3D view). */
    public void exportSnapshot(Node node, String name) {
        WritableImage image = node.snapshot(null, null);
        Path path = chooseSave("figure", "Export the view as PNG", baseName() + "-" + name + ".png",
                new FileChooser.ExtensionFilter("PNG", "*.png"));
        if (path == null) return;
        java.awt.image.BufferedImage awt = SwingFXUtils.fromFXImage(image, null);
        run("Exporting the view", () -> {
            AtomicWrite.write(path, out -> {
                if (!javax.imageio.ImageIO.write(awt, "png", out)) throw new IOException("no PNG writer");
            });
            return "Saved the view to " + path;
        });
    }

    /**
     * A save dialog for a figure file, offering the format picked in the export dialog; the name's
     * extension decides the format that is written (FigureFiles), an unknown one is reported.
     */
    private Path chooseFigure(String title, String baseName, FigureFormat format) {
        String ext = format.extension();
        Path path = chooseSave("figure", title, baseName + "." + ext, new FileChooser.ExtensionFilter(format + " files", "*." + ext));
        if (path == null) return null;
        String name = path.getFileName().toString();
        try { // a name with a figure extension decides the format; one typed without gets the format chosen in the dialog
            FigureFormat.ofFileName(name);
            return path;
        } catch (IllegalArgumentException e) {
            return path.resolveSibling(name + "." + ext);
        }
    }

    /** A save dialog for an animation in the format picked in its dialog; a name typed without that extension gets it. */
    private Path chooseAnimation(String baseName, AnimationFormat format) {
        String ext = format.extension();
        Path path = chooseSave("animation", "Export an animation", baseName + "." + ext,
                new FileChooser.ExtensionFilter(format.description(), "*." + ext));
        return path == null ? null : format.withExtension(path);
    }

    /** The overlays of the screen at the current step, laid out for the figure's own size. */
    private List<org.landscapelab.render.Overlay> overlays(Figure f) {
        var t = f.layout(f.options().width(), f.options().height()).transform();
        return new LabOverlays().at(lab, t);
    }

    private String baseName() {
        var l = lab.landscape().landscape();
        return l == null ? "landscape" : l.id();
    }

    /** An IO action that returns a message for the status bar. */
    private interface Work {
        String run() throws IOException;
    }

    private interface ProgressWork {
        String run(org.landscapelab.sim.Progress progress) throws IOException;
    }

    private void run(String what, Work work) {
        status.accept(what + "…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((message, error) -> Platform.runLater(() -> done(what, message, error)));
    }

    private void withProgress(String what, ProgressWork work) {
        ProgressDialog dialog = new ProgressDialog(owner.get(), what);
        dialog.show();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(dialog);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((message, error) -> Platform.runLater(() -> {
            dialog.close();
            done(what, message, error);
        }));
    }

    private void done(String what, String message, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof java.io.UncheckedIOException u) cause = u.getCause();
        if (cause == null) status.accept(message);
        else if (cause instanceof CancellationException) status.accept(what + ": cancelled; no file was written");
        else {
            status.accept("");
            errors.show(what + " failed", cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
    }
}
