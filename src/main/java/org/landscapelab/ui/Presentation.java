package org.landscapelab.ui;

import javafx.scene.Scene;
import org.landscapelab.render.Theme;
import org.landscapelab.ui.charts.ChartLook;
import org.landscapelab.ui.lab.LabViewModel;

/**
 * Presenter mode and the high-contrast theme: style classes on the scene's root (the CSS scales
 * text and controls) and the matching figure options (markers, lines and labels in the figure).
 */
public final class Presentation {
    /** Figure scale in presenter mode: readable from the back of a lecture room. */
    public static final double PRESENTER_SCALE = 1.7;
    static final String PRESENTER = "presenter";
    static final String HIGH_CONTRAST = "high-contrast";

    private Presentation() {}

    public static void setPresenter(Scene scene, LabViewModel lab, boolean on) {
        toggle(scene, PRESENTER, on);
        lab.landscape().setFontScale(on ? PRESENTER_SCALE : 1);
        ChartLook.set(scene, ChartLook.of(scene).withFontScale(on ? PRESENTER_SCALE : 1));
    }

    public static void setHighContrast(Scene scene, LabViewModel lab, boolean on) {
        toggle(scene, HIGH_CONTRAST, on);
        lab.landscape().setTheme(on ? Theme.DARK : Theme.LIGHT);
        ChartLook.set(scene, ChartLook.of(scene).withHighContrast(on));
    }

    private static void toggle(Scene scene, String styleClass, boolean on) {
        var classes = scene.getRoot().getStyleClass();
        classes.remove(styleClass);
        if (on) classes.add(styleClass);
    }
}
