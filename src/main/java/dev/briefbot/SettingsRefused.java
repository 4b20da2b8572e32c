package dev.briefbot;

/**
 * Settings that cannot run the mode asked for, checked by hand because Bean Validation could not check them as they
 * are bound (they matter in one mode only). Its message names each property and what it accepts, never a value.
 */
public final class SettingsRefused extends RuntimeException {

    public SettingsRefused(String reasons) {
        super(reasons, null, false, false);
    }
}
