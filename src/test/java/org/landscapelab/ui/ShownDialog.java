package org.landscapelab.ui;

import javafx.stage.Stage;
import javafx.stage.Window;

/** The dialog the app is showing, if any: window tests read it, then close it. */
final class ShownDialog {
    private ShownDialog() {}

    static Stage find() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && w.isShowing() && st.getScene().getRoot().lookup(".dialog-pane") != null)
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
