package org.landscapelab.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Preferences for a window test: nothing left from earlier tests. */
final class FreshPrefs {
    private FreshPrefs() {}

    /** A first start that opens on the Landscapes lab rather than on the scenario browser. */
    static void landscapesAtStart() throws BackingStoreException {
        cleared().putBoolean(MainController.SCENARIOS_AT_START, false);
    }

    /** A first start as a new user has it. */
    static Preferences cleared() throws BackingStoreException {
        Preferences.userRoot().node(App.PREFS_NODE).removeNode();
        return Preferences.userRoot().node(App.PREFS_NODE);
    }
}
