package org.landscapelab.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Work for a node that only matters while it is on screen (a chart in a folded panel or a tab in
 * the back): done at once where the node shows, otherwise once, the next time it shows. A newer
 * request replaces one still waiting.
 */
public final class WhenShown {
    private final Node node;
    private Runnable pending;
    private final List<ObservableValue<?>> watched = new ArrayList<>();
    private final InvalidationListener check = obs -> runIfShown();

    public WhenShown(Node node) {
        this.node = node;
    }

    /** Whether the node, its ancestors and its window are all showing. */
    public static boolean isShown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) return false;
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    public void run(Runnable work) {
        pending = work;
        runIfShown();
        if (pending != null) watch();
    }

    private void runIfShown() {
        if (pending == null || !isShown(node)) return;
        Runnable work = pending;
        pending = null;
        unwatch();
        work.run();
    }

    /** Listens to what can bring the node on screen: its ancestors' visibility, its scene, its window showing. */
    private void watch() {
        unwatch();
        for (Node n = node; n != null; n = n.getParent()) watched.add(n.visibleProperty());
        watched.add(node.sceneProperty());
        if (node.getScene() != null) {
            watched.add(node.getScene().windowProperty());
            if (node.getScene().getWindow() != null) watched.add(node.getScene().getWindow().showingProperty());
        }
        for (ObservableValue<?> o : watched) o.addListener(check);
    }

    private void unwatch() {
        for (ObservableValue<?> o : watched) o.removeListener(check);
        watched.clear();
    }
}
