package org.landscapelab.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.skin.MenuBarSkin;

/**
 * Styles and lays out a scene that is in no window yet, off the FX thread, so that the frame that
 * puts it into the window has little left to do. The one skin that must be made on the FX thread
 * (the menu bar's asks the platform about a system menu) is made there first.
 */
final class OffScreenStyling {
    private OffScreenStyling() {}

    static void styleAndLayOut(Scene scene, double width, double height) {
        CountDownLatch skinned = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                for (Node n : scene.getRoot().lookupAll(".menu-bar")) {
                    if (n instanceof MenuBar bar && bar.getSkin() == null) bar.setSkin(new MenuBarSkin(bar));
                }
            } finally {
                skinned.countDown();
            }
        });
        try {
            skinned.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        scene.getRoot().applyCss();
        if (width > 0 && height > 0) {
            scene.getRoot().resize(width, height);
            scene.getRoot().layout();
        }
    }
}
