package org.landscapelab.ui.files;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.landscapelab.sim.Progress;

/** A small window with a progress bar and Cancel for a long export; a {@link Progress} for the worker. */
final class ProgressDialog implements Progress {
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile double shown;

    ProgressDialog(Window owner, String title) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        bar.setPrefWidth(320);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancelled.set(true));
        VBox box = new VBox(10, new Label(title), bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    @Override
    public void update(long done, long total) {
        double f = total == 0 ? 1 : (double) done / total;
        if (f - shown >= 0.01 || done == total) {
            shown = f;
            Platform.runLater(() -> bar.setProgress(f));
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }
}
