package org.landscapelab.ui.three;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** What the 3D view shows where JavaFX has no 3D: why, and how to get it. */
final class UnsupportedNote {
    static final String ID = "surfaceUnavailable";
    static final String TITLE = "The 3D view is not available here";
    static final String WHY = "JavaFX draws 3D scenes on the graphics card (OpenGL on Linux and macOS, Direct3D on "
            + "Windows). Here it found no usable driver and fell back to software rendering, which draws 2D only. "
            + "This is usual over remote desktops, in virtual machines and on headless servers. "
            + "The 2D map shows the same landscape and paths.";
    static final String HOW = "To get the 3D view, install or update the OpenGL driver of the graphics card. "
            + "On Linux with Mesa (including software OpenGL) start the app with this option:";
    static final String OPTION = "-Dprism.forceGPU=true";
    static final String CHECK = "For example: java -Dprism.forceGPU=true -jar landscape-lab.jar. "
            + "Adding -Dprism.verbose=true prints which graphics pipeline JavaFX chose.";

    private UnsupportedNote() {}

    static VBox create() {
        Label title = new Label(TITLE);
        title.getStyleClass().add("note-title");
        Label why = text(WHY);
        Label how = text(HOW);
        // A read-only field, so the option can be selected and copied.
        TextField option = new TextField(OPTION);
        option.setEditable(false);
        option.setFocusTraversable(false);
        option.getStyleClass().add("note-code");
        option.setMaxWidth(Label.USE_PREF_SIZE);
        option.setPrefColumnCount(OPTION.length());
        Label check = text(CHECK);
        check.getStyleClass().add("note-muted");
        VBox box = new VBox(10, title, why, how, option, check);
        box.setId(ID);
        box.getStyleClass().add("surface-note");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(560);
        box.setMaxHeight(VBox.USE_PREF_SIZE);
        return box;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("note-text");
        return l;
    }
}
