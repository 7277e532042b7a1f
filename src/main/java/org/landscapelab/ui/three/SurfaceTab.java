package org.landscapelab.ui.three;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;

/**
 * The 3D tab: the landscape's surface with the race's paths on it, following the time line. It is
 * updated only while the tab is showing; where the platform has no 3D, the view explains why.
 */
public final class SurfaceTab {
    private SurfaceTab() {}

    public static Node create(LabViewModel lab, Tab tab) {
        SurfaceView view = new SurfaceView(lab.background());
        view.setId("surfaceView");
        Runnable surface = () -> {
            Landscape l = lab.landscape().landscape();
            FigureOptions o = lab.landscape().optionsProperty().get();
            if (tab.isSelected() && l != null) view.setLandscape(l, l.domain(), o.colormap().name(), o.scale());
        };
        Runnable paths = () -> {
            if (tab.isSelected()) view.setPaths(paths(lab.race().raceProperty().get()), lab.playback().step());
        };
        for (Observable o : List.<Observable>of(lab.landscape().landscapeProperty(), lab.landscape().optionsProperty())) {
            o.addListener(x -> surface.run());
        }
        for (Observable o : List.<Observable>of(lab.race().raceProperty(), lab.playback().stepProperty())) {
            o.addListener(x -> paths.run());
        }
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                surface.run();
                paths.run();
            }
        });
        return view;
    }

    private static List<Path3D> paths(ColoredRace race) {
        List<Path3D> out = new ArrayList<>();
        if (race == null) return out;
        for (ColoredRun run : race.runs()) {
            if (!run.ok()) continue;
            java.awt.Color c = run.color();
            out.add(new Path3D(run.label(), javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()),
                    run.trajectory().xs(), run.trajectory().ys()));
        }
        return out;
    }
}
