package org.landscapelab.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, recorded in manifests and sessions: "0.1.0", or "dev" when run from classes. */
public final class AppVersion {
    /** Maven's jar plugin puts this into every jar it builds (and the fat jar keeps it). */
    private static final String POM_PROPERTIES = "/META-INF/maven/org.landscapelab/landscape-lab/pom.properties";
    public static final String DEV = "dev";

    private AppVersion() {}

    public static String current() {
        Package p = AppVersion.class.getPackage();
        String fromManifest = p == null ? null : p.getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) return fromManifest;
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) return DEV;
            Properties properties = new Properties();
            properties.load(in);
            String v = properties.getProperty("version");
            return v == null || v.isBlank() ? DEV : v.strip();
        } catch (IOException e) {
            return DEV;
        }
    }
}
