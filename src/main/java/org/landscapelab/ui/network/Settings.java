package org.landscapelab.ui.network;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;

/** Reading panel settings back from text (a session file): a bad value is reported, never thrown. */
final class Settings {
    private Settings() {}

    static void apply(Map<String, String> m, String key, Consumer<String> set, List<String> problems) {
        String v = m.get(key);
        if (v == null) return;
        try {
            set.accept(v);
        } catch (RuntimeException e) {
            problems.add(key + ": " + (e.getMessage() == null ? "unreadable value '" + v + "'" : e.getMessage()));
        }
    }

    static void integer(Map<String, String> m, String key, IntegerProperty p, List<String> problems) {
        apply(m, key, v -> p.set(Integer.parseInt(v.strip())), problems);
    }
}
