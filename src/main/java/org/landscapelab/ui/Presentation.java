package org.landscapelab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
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

    /**
     * The text scale the charts follow: 1, or {@link #PRESENTER_SCALE} in presenter mode. It is the
     * figure's font scale, so the figure and the charts scale together (ui.charts, which does not
     * import this package, gets it passed in or reads the same {@code LandscapeViewModel.optionsProperty()}).
     */
    public static ObservableDoubleValue scale(LabViewModel lab) {
        return Bindings.createDoubleBinding(() -> lab.landscape().optionsProperty().get().fontScale(), lab.landscape().optionsProperty());
    }

    /** Whether the high-contrast theme is on, for the charts to draw dark too. */
    public static ObservableBooleanValue highContrast(LabViewModel lab) {
        return Bindings.createBooleanBinding(() -> lab.landscape().optionsProperty().get().theme() == Theme.DARK,
                lab.landscape().optionsProperty());
    }

    private static void toggle(Scene scene, String styleClass, boolean on) {
        var classes = scene.getRoot().getStyleClass();
        classes.remove(styleClass);
        if (on) classes.add(styleClass);
    }
}
