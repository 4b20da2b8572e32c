package dev.briefbot.telegram.intake;

/**
 * Settings that cannot run webhook mode, checked by hand only in that mode (Bean Validation would check them in
 * every mode, and its report quotes the value, which may be the secret). Names each property, never a value.
 */
final class WebhookModeRefused extends RuntimeException {

    WebhookModeRefused(String reasons) {
        super(reasons, null, false, false);
    }
}
