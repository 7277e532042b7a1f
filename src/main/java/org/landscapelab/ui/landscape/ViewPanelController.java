package org.landscapelab.ui.landscape;

import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Layer;

/** The view section: colour map and scale, contours, which layers and arrows are drawn. */
public final class ViewPanelController {
    private final LandscapeViewModel model;
    private final BooleanProperty gradientArrowsShown;
    private final BooleanProperty momentumArrowsShown;
    private final BooleanProperty updateArrowsShown;

    @FXML private ComboBox<String> colormapPicker;
    @FXML private RadioButton linearScale;
    @FXML private RadioButton logScale;
    @FXML private Spinner<Integer> contourSpinner;
    @FXML private CheckBox showContours;
    @FXML private CheckBox showSaddles;
    @FXML private CheckBox showCritical;
    @FXML private CheckBox showEigen;
    @FXML private CheckBox gradientArrows;
    @FXML private CheckBox momentumArrows;
    @FXML private CheckBox updateArrows;

    /** The arrow flags belong to the race's overlays; this panel only switches them. */
    public ViewPanelController(LandscapeViewModel model, BooleanProperty gradientArrows, BooleanProperty momentumArrows,
                               BooleanProperty updateArrows) {
        this.model = model;
        this.gradientArrowsShown = gradientArrows;
        this.momentumArrowsShown = momentumArrows;
        this.updateArrowsShown = updateArrows;
    }

    @FXML
    private void initialize() {
        colormapPicker.getItems().setAll(Colormap.names());
        colormapPicker.setValue(model.optionsProperty().get().colormap().name());
        colormapPicker.valueProperty().addListener((obs, old, name) -> model.setColormap(name));
        ToggleGroup scale = new ToggleGroup();
        linearScale.setToggleGroup(scale);
        logScale.setToggleGroup(scale);
        linearScale.setSelected(true);
        scale.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) model.setScale(t == logScale ? ColorScale.LOG : ColorScale.LINEAR);
        });
        model.optionsProperty().addListener((obs, old, o) -> {
            (o.scale() == ColorScale.LOG ? logScale : linearScale).setSelected(true);
            if (!o.colormap().name().equals(colormapPicker.getValue())) colormapPicker.setValue(o.colormap().name());
            if (o.contourCount() != contourSpinner.getValue()) contourSpinner.getValueFactory().setValue(o.contourCount());
        });
        contourSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 60, FigureOptions.DEFAULT_CONTOURS, 5));
        contourSpinner.valueProperty().addListener((obs, old, n) -> {
            if (n != null) model.setContourCount(n);
        });
        bindLayer(showContours, Layer.CONTOURS);
        bindLayer(showSaddles, Layer.SADDLE_REGIONS);
        bindLayer(showCritical, Layer.CRITICAL_POINTS);
        bindLayer(showEigen, Layer.EIGEN_DIRECTIONS);
        bindArrow(gradientArrows, gradientArrowsShown, "The downhill direction \u2212\u2207f at each run's current point");
        bindArrow(momentumArrows, momentumArrowsShown,
                "The velocity a run carries into its current point: SGD's and RMSprop's momentum buffer, Adam's first moment");
        bindArrow(updateArrows, updateArrowsShown, "The step about to be taken, x\u2096\u208a\u2081 \u2212 x\u2096, noise included");
    }

    private void bindLayer(CheckBox box, Layer layer) {
        box.setSelected(model.optionsProperty().get().shows(layer));
        box.selectedProperty().addListener((obs, old, shown) -> model.setLayerShown(layer, shown));
    }

    private static void bindArrow(CheckBox box, BooleanProperty property, String tip) {
        box.selectedProperty().bindBidirectional(property);
        box.setTooltip(new javafx.scene.control.Tooltip(tip + ". Arrows show directions; their length is fixed."));
    }
}
