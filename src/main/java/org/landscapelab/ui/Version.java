package org.landscapelab.ui;

/** The app's version as the jar's manifest gives it, or "dev" when run from the build folders. */
public final class Version {
    private Version() {}

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
