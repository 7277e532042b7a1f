package org.landscapelab.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseInfo;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.optim.HyperParameter;
import org.landscapelab.optim.OptimizerCatalog;
import org.landscapelab.optim.OptimizerInfo;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.ScheduleKind;

/**
 * The help page: every optimizer's update rule and hyper-parameters and every noise process with
 * its law and parameters (from the same catalogs the editors and the command line use, so it
 * cannot drift), the schedules, where the noise enters, and the keyboard shortcuts.
 */
final class HelpWindow {
    private HelpWindow() {}

    static void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Landscape Lab — optimizers and noise");
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        // Never taller or wider than the screen (a projector's 1280×720): the page wraps and scrolls.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(scroll, Math.min(820, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 60));
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        stage.setScene(scene);
        stage.show();
    }

    static VBox content() {
        VBox box = new VBox(10);
        box.getStyleClass().add("help");
        box.setPadding(new Insets(18, 22, 22, 22));
        box.getChildren().add(heading("Optimizers"));
        box.getChildren().add(text("Every optimizer takes PyTorch's hyper-parameter names and defaults and follows torch.optim's "
                + "update rule; trajectories agree with torch.optim to 1e-9. g is the gradient the optimizer sees (with "
                + "gradient noise, ∇f + σξ), t the step, lr the learning rate after the schedule."));
        for (OptimizerKind k : OptimizerKind.values()) box.getChildren().add(optimizer(OptimizerCatalog.info(k)));
        box.getChildren().add(heading("Learning-rate schedules"));
        box.getChildren().add(text("As torch.optim.lr_scheduler, stepped after every optimizer step: the learning rate of step t."));
        for (ScheduleKind s : ScheduleKind.values()) {
            box.getChildren().addAll(subheading(s.displayName() + "  (schedule=" + s.id() + ")"), rule(s.formula()));
            if (!s.parameters().isEmpty()) box.getChildren().add(parameters(s.parameters()));
        }
        box.getChildren().add(heading("Noise processes"));
        box.getChildren().add(text("Each process gives unit-scale increments over the time step Δ = lr, multiplied by σ "
                + "(--sigma, the same for every process):"));
        box.getChildren().add(noiseParameters(List.of(NoiseCatalog.SIGMA)));
        for (NoiseKind k : NoiseKind.values()) {
            if (k != NoiseKind.NONE) box.getChildren().add(noise(NoiseCatalog.info(k)));
        }
        box.getChildren().add(heading("Where the noise enters"));
        box.getChildren().addAll(subheading("Perturb the iterate (PGD, Anti-PGD, fPGD)"), rule("x\u2096\u208a\u2081 = step(x\u2096) + σ·ΔB\u2096,"
                        + "   ΔB\u2096 = B((k+1)Δ) − B(kΔ),   Δ = lr"),
                subheading("Gradient noise"), rule("the optimizer sees g\u2096 = ∇f(x\u2096) + σ·ΔB\u2096 / scale(Δ)   (white: ∇f + σ·N(0, 1))"),
                text("The same seed gives every optimizer of a race the same draws, so differences between them are the "
                        + "optimizers', not the luck of the noise. On a finite-sum landscape a minibatch size gives the real, "
                        + "state-dependent gradient noise of SGD instead."));
        box.getChildren().add(heading("Keyboard"));
        box.getChildren().add(rule("Space  play / pause      →  one step      ←  one step back      Home  back to the start"
                + "\nEnd  jump to the end      N  new noise seed      F5  presenter mode      F6  focus (Esc leaves)      F11  full screen"
                + "\nF7  left panel      F8  right panel      Esc  closes this page"
                + "\nCtrl+R  run the open scenario      Ctrl+Shift+H  high contrast      Ctrl+0  reset the view      F1  this page"
                + "\nCtrl+O  open a session, landscape, manifest or scenario      Ctrl+S  save the session"
                + "      Ctrl+E  export the figure"));
        return box;
    }

    private static Node optimizer(OptimizerInfo info) {
        VBox v = new VBox(4, subheading(info.displayName() + "  (" + info.kind().id() + ")"), rule(info.updateRule()));
        if (!info.parameters().isEmpty()) v.getChildren().add(parameters(info.parameters()));
        return v;
    }

    private static Node noise(NoiseInfo info) {
        VBox v = new VBox(4, subheading(info.displayName() + "  (--noise " + info.kind().cliName() + ")"), text(info.description()),
                rule(info.formula()));
        if (!info.parameters().isEmpty()) v.getChildren().add(noiseParameters(info.parameters()));
        return v;
    }

    private static Node parameters(List<HyperParameter> ps) {
        return table(ps.stream().map(p -> new String[] {p.name(), p.defaultValue().text(), p.meaning() + " (" + p.validValues() + ")"})
                .toList());
    }

    private static Node noiseParameters(List<NoiseParameter> ps) {
        return table(ps.stream().map(p -> new String[] {p.name(), p.defaultText(),
                p.symbol() + ": " + p.meaning() + " " + p.formula() + " (" + p.validValues() + ")"}).toList());
    }

    /** Rows of name, default and meaning. */
    private static Node table(List<String[]> rows) {
        GridPane grid = new GridPane();
        // The name and default columns are never cut ("b…"): the meaning wraps instead.
        javafx.scene.layout.ColumnConstraints whole = new javafx.scene.layout.ColumnConstraints();
        whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints meaning = new javafx.scene.layout.ColumnConstraints();
        meaning.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        meaning.setMinWidth(0);
        grid.getColumnConstraints().addAll(whole, whole, meaning);
        grid.setHgap(14);
        grid.setVgap(3);
        int row = 0;
        for (String[] r : rows) {
            Label name = new Label(r[0]);
            name.getStyleClass().add("parameter-name");
            Label def = new Label(r[1]);
            def.getStyleClass().add("help-default");
            Label text = new Label(r[2]);
            text.setWrapText(true);
            grid.addRow(row++, name, def, text);
        }
        return grid;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("help-heading");
        return l;
    }

    private static Label subheading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("help-subheading");
        return l;
    }

    private static Label rule(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("help-rule");
        l.setWrapText(true);
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }
}
