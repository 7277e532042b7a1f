package org.landscapelab.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.landscapelab.render.FigureFormat;

/**
 * What the file dialogs remember: the last folder of each kind of dialog, the recent files
 * (newest first) and the figure format last exported, in the user's preferences.
 */
public final class Folders {
    public static final int MAX_RECENT = 8;
    private final Preferences prefs;

    public Folders(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The last folder a dialog of this kind used, if it still exists. */
    public File folder(String kind) {
        String dir = prefs.get("folder." + kind, null);
        if (dir == null) return null;
        File f = new File(dir);
        return f.isDirectory() ? f : null;
    }

    public void remember(String kind, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) prefs.put("folder." + kind, parent.toString());
    }

    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (!s.isBlank()) out.add(Path.of(s));
        }
        return out;
    }

    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = file.toAbsolutePath();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) list.remove(list.size() - 1);
        prefs.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
    }

    public void removeRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        list.remove(file.toAbsolutePath());
        prefs.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
    }

    /** The figure format last chosen in the export dialog, or {@code fallback} the first time. */
    public FigureFormat figureFormat(FigureFormat fallback) {
        String name = prefs.get("figure.format", fallback.name());
        for (FigureFormat f : FigureFormat.values()) {
            if (f.name().equals(name)) return f;
        }
        return fallback;
    }

    public void rememberFigureFormat(FigureFormat format) {
        prefs.put("figure.format", format.name());
    }
}
