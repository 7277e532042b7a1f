package org.landscapelab.ui.fx;

import javafx.scene.shape.SVGPath;

/** Small vector icons for the transport buttons: no dependence on which glyphs a font has. */
public final class Icons {
    private Icons() {}

    public static SVGPath play() {
        return icon("M2 1 L12 7 L2 13 Z");
    }

    public static SVGPath pause() {
        return icon("M2 1 H5 V13 H2 Z M9 1 H12 V13 H9 Z");
    }

    public static SVGPath stepForward() {
        return icon("M1 1 L9 7 L1 13 Z M10 1 H13 V13 H10 Z");
    }

    public static SVGPath stepBack() {
        return icon("M13 1 L5 7 L13 13 Z M1 1 H4 V13 H1 Z");
    }

    public static SVGPath toStart() {
        return icon("M1 1 H3 V13 H1 Z M9 1 L3 7 L9 13 Z M15 1 L9 7 L15 13 Z");
    }

    public static SVGPath toEnd() {
        return icon("M1 1 L7 7 L1 13 Z M7 1 L13 7 L7 13 Z M13 1 H15 V13 H13 Z");
    }

    private static SVGPath icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        return p;
    }
}
