package org.landscapelab.ui.files;

import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.Theme;

/** Asks for the format, size, resolution and presentation of an exported figure; invalid input keeps the dialog open. */
final class FigureExportDialog {
    private FigureExportDialog() {}

    static FigureSettings ask(Window owner, FigureSettings start) {
        Dialog<FigureSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export the figure");
        d.setHeaderText("PNG is a picture at the chosen resolution; SVG and PDF are vector files (lines and text stay sharp).");
        ComboBox<FigureFormat> format = new ComboBox<>();
        format.getItems().setAll(FigureFormat.values());
        format.setValue(start.format());
        TextField width = field(start.width());
        TextField height = field(start.height());
        TextField dpi = field(start.dpi());
        TextField fontScale = field(start.fontScale());
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Theme.values());
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
        d.getDialogPane().setContent(g);
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
        return d.showAndWait().orElse(null);
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
