package org.landscapelab.ui.files;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.Drawable;
import org.landscapelab.render.FigureExport;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.Theme;
import org.landscapelab.ui.fx.LatestTask;
import org.landscapelab.ui.fx.Throttle;

/**
 * Asks for the format, size, resolution and presentation of an exported figure, with a preview of
 * the figure at those settings; invalid input keeps the dialog open. It opens on the format chosen
 * last time (the folder is remembered by the save dialog that follows).
 */
final class FigureExportDialog {
    /** The preview fits in this box (pixels): big enough to judge fonts and legend, small enough to draw in a blink. */
    static final double PREVIEW_WIDTH = 300;
    static final double PREVIEW_HEIGHT = 220;

    private FigureExportDialog() {}

    /**
     * {@code preview} makes the picture for some settings on the FX thread (cheap: a copy with new
     * options); it is drawn on {@code background}, at most a few times a second while typing.
     */
    static FigureSettings ask(Window owner, Folders folders, FigureSettings defaults, Executor background,
                              Function<FigureSettings, Drawable> preview) {
        FigureSettings start = initial(folders, defaults);
        Dialog<FigureSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export the figure");
        d.setHeaderText("A PNG image has the chosen resolution; SVG and PDF are vector files (lines and text stay sharp at any size).");
        ComboBox<FigureFormat> format = new ComboBox<>();
        format.getItems().setAll(FigureFormat.values());
        format.setConverter(words(FigureExportDialog::formatName));
        format.setValue(start.format());
        TextField width = field(start.width());
        TextField height = field(start.height());
        TextField dpi = field(start.dpi());
        TextField fontScale = field(start.fontScale());
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setConverter(words(FigureExportDialog::themeName));
        theme.setValue(start.theme());
        CheckBox legend = new CheckBox("Legend");
        legend.setSelected(start.legend());
        TextField title = new TextField(start.title());
        ComboBox<String> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormap.names());
        colormap.setValue(start.colormap());
        Label problem = new Label();
        problem.getStyleClass().add("expression-problem");
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(FigureFormat.PNG));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Format"), format);
        g.addRow(r++, new Label("Width (points)"), width);
        g.addRow(r++, new Label("Height (points)"), height);
        g.addRow(r++, new Label("Resolution (dpi, PNG)"), dpi);
        g.addRow(r++, new Label("Font scale"), fontScale);
        g.addRow(r++, new Label("Background"), theme);
        g.addRow(r++, new Label("Title"), title);
        g.addRow(r++, new Label("Colour map"), colormap);
        g.addRow(r++, new Label(""), legend);
        g.add(problem, 0, r, 2, 1);

        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("export-preview");
        frame.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        frame.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        LatestTask<java.awt.image.BufferedImage> drawing = new LatestTask<>(background, Platform::runLater);
        Throttle redraw = new Throttle(Duration.millis(150), () -> {
            FigureSettings s;
            try {
                s = read(format, width, height, dpi, fontScale, theme, legend, title, colormap);
            } catch (IllegalArgumentException e) {
                return; // the problem shows when OK is pressed; the last good preview stays
            }
            Drawable picture = preview.apply(s);
            double scale = Math.min(PREVIEW_WIDTH / s.width(), PREVIEW_HEIGHT / s.height());
            int w = Math.max(1, (int) Math.round(s.width() * scale));
            int h = Math.max(1, (int) Math.round(s.height() * scale));
            drawing.submit(() -> FigureExport.png(picture, w, h, (int) Math.round(72 * scale)),
                    done -> image.setImage(SwingFXUtils.toFXImage(done, null)), e -> image.setImage(null));
        });
        for (Observable o : new Observable[] {format.valueProperty(), width.textProperty(), height.textProperty(),
                fontScale.textProperty(), theme.valueProperty(), legend.selectedProperty(), title.textProperty(), colormap.valueProperty()}) {
            o.addListener(obs -> redraw.request());
        }
        redraw.request();

        HBox content = new HBox(16, g, frame);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read(format, width, height, dpi, fontScale, theme, legend, title, colormap);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? read(format, width, height, dpi, fontScale, theme, legend, title, colormap) : null);
        FigureSettings chosen = d.showAndWait().orElse(null);
        drawing.cancel();
        if (chosen != null) folders.rememberFigureFormat(chosen.format());
        return chosen;
    }

    /** The settings the dialog opens with: the defaults in the format exported last. */
    static FigureSettings initial(Folders folders, FigureSettings defaults) {
        return defaults.withFormat(folders.figureFormat(defaults.format()));
    }

    /** "PNG image", "SVG (vector)", "PDF (vector)". */
    static String formatName(FigureFormat f) {
        return f == FigureFormat.PNG ? "PNG image" : f.name() + " (vector)";
    }

    /** "Light", "Dark". */
    static String themeName(Theme t) {
        String n = t.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static <T> StringConverter<T> words(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("the choices are not editable");
            }
        };
    }

    private static FigureSettings read(ComboBox<FigureFormat> format, TextField width, TextField height, TextField dpi,
                                       TextField fontScale, ComboBox<Theme> theme, CheckBox legend, TextField title,
                                       ComboBox<String> colormap) {
        return new FigureSettings(format.getValue(), number(width, "width"), number(height, "height"), (int) Math.round(number(dpi, "resolution")),
                number(fontScale, "font scale"), theme.getValue(), legend.isSelected(), title.getText(), colormap.getValue());
    }

    private static double number(TextField f, String what) {
        try {
            double v = Double.parseDouble(f.getText().trim());
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number, got '" + f.getText().trim() + "'");
        }
    }

    private static TextField field(double v) {
        TextField f = new TextField(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v));
        f.setPrefColumnCount(8);
        return f;
    }
}
