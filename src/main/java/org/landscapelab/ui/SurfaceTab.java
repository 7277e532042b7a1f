package org.landscapelab.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.landscapelab.ui.lab.LabViewModel;

/** The 3D tab's content. */
final class SurfaceTab {
    private SurfaceTab() {}

    static Node create(LabViewModel lab) {
        Label l = new Label("The 3D view is being built.");
        l.getStyleClass().add("hint");
        return l;
    }
}
