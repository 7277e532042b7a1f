package org.landscapelab.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.Theme;

/** What the export dialog opens with and what it calls things; its preferences in a node of its own. */
class FigureExportDialogTest {
    private Preferences prefs;

    @BeforeEach
    void freshNode() throws BackingStoreException {
        prefs = Preferences.userRoot().node("org/landscapelab/test/figure-export-dialog");
        prefs.removeNode();
        prefs = Preferences.userRoot().node("org/landscapelab/test/figure-export-dialog");
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void opensOnTheDefaultFormatTheFirstTimeAndOnTheLastChosenOneAfter() {
        FigureSettings defaults = FigureSettings.defaults("Rosenbrock", "viridis");
        assertThat(FigureExportDialog.initial(new Folders(prefs), defaults).format()).isEqualTo(FigureFormat.PDF);
        new Folders(prefs).rememberFigureFormat(FigureFormat.PNG);
        FigureSettings next = FigureExportDialog.initial(new Folders(prefs), defaults);
        assertThat(next.format()).isEqualTo(FigureFormat.PNG);
        assertThat(next.withFormat(FigureFormat.PDF)).isEqualTo(defaults);
    }

    @Test
    void anUnknownRememberedFormatFallsBackToTheDefault() {
        prefs.put("figure.format", "TIFF");
        assertThat(new Folders(prefs).figureFormat(FigureFormat.SVG)).isEqualTo(FigureFormat.SVG);
    }

    @Test
    void theFolderOfAKindIsRemembered() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("figures");
        try {
            new Folders(prefs).remember("figure", dir.resolve("a.png"));
            assertThat(new Folders(prefs).folder("figure")).isEqualTo(dir.toAbsolutePath().toFile());
        } finally {
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void choicesAreWords() {
        assertThat(FigureExportDialog.formatName(FigureFormat.PNG)).isEqualTo("PNG image");
        assertThat(FigureExportDialog.formatName(FigureFormat.SVG)).isEqualTo("SVG (vector)");
        assertThat(FigureExportDialog.formatName(FigureFormat.PDF)).isEqualTo("PDF (vector)");
        assertThat(FigureExportDialog.themeName(Theme.LIGHT)).isEqualTo("Light");
        assertThat(FigureExportDialog.themeName(Theme.DARK)).isEqualTo("Dark");
    }
}
