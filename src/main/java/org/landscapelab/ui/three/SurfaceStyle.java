package org.landscapelab.ui.three;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The 3D view's default look, as a user-agent stylesheet: the lowest CSS priority, so the app's
 * own stylesheet can override any of it.
 */
final class SurfaceStyle {
    private static final String CSS = """
            .surface-view { -fx-background-color: linear-gradient(to bottom, #fbfcfd, #e4e9ee); }
            .surface-view .surface-info {
                -fx-background-color: rgba(255, 255, 255, 0.85); -fx-background-radius: 6;
                -fx-padding: 7 10 8 10; -fx-spacing: 3;
            }
            .surface-view .surface-title { -fx-font-weight: bold; -fx-text-fill: #2b3440; }
            .surface-view .surface-subtitle { -fx-text-fill: #5f6b7a; }
            .surface-view .surface-legend-row { -fx-spacing: 6; -fx-alignment: center-left; }
            .surface-view .surface-legend-row .label { -fx-text-fill: #2b3440; }
            .surface-view .surface-hint { -fx-text-fill: #6b7480; -fx-padding: 6 10 6 10; }
            .surface-view .surface-status {
                -fx-text-fill: #3a4450; -fx-background-color: rgba(255, 255, 255, 0.9);
                -fx-background-radius: 6; -fx-padding: 8 14 8 14;
            }
            .surface-view .axis-name {
                -fx-font-style: italic; -fx-font-weight: bold; -fx-text-fill: #2b3440;
                -fx-padding: 0 3 0 3; /* room for the italic overhang */
            }
            .surface-view .axis-name .text, .surface-view .axis-value .text { -fx-font-smoothing-type: gray; }
            .surface-view .axis-value { -fx-text-fill: #4a5562; }
            .surface-note {
                -fx-background-color: white; -fx-background-radius: 8;
                -fx-border-color: #d9dde3; -fx-border-radius: 8; -fx-padding: 22 26 22 26;
                -fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.08), 12, 0, 0, 2);
            }
            .surface-note .note-title { -fx-font-size: 1.3em; -fx-font-weight: bold; -fx-text-fill: #2b3440; }
            .surface-note .note-text { -fx-text-fill: #3a4450; -fx-line-spacing: 2; }
            .surface-note .note-muted { -fx-text-fill: #6b7480; }
            .surface-note .note-code {
                -fx-font-family: "DejaVu Sans Mono", monospace; -fx-text-fill: #1d2630;
                -fx-background-color: #eef1f4; -fx-background-radius: 4;
                -fx-border-color: #d9dde3; -fx-border-radius: 4;
            }
            """;

    static final String URL = "data:text/css;base64," + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8));

    private SurfaceStyle() {}
}
