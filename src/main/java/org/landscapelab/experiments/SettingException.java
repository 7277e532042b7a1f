package org.landscapelab.experiments;

/**
 * A setting of an experiment outside what it accepts. The message starts with the setting's name,
 * which is also its command-line option without the dashes ("dim must be in [1, 100000], got 0").
 */
public final class SettingException extends IllegalArgumentException {
    private final String setting;

    SettingException(String setting, String problem) {
        super(setting + " " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
