package dev.briefbot.telegram.intake;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up's short report when webhook mode's settings are refused: in the form of every other refused setting. */
final class WebhookModeRefusedAnalyzer extends AbstractFailureAnalyzer<WebhookModeRefused> {

    static final String ACTION = "Fix the settings named above (config/application.yml documents each with its "
            + "default), or remove them to use the defaults.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WebhookModeRefused refused) {
        return new FailureAnalysis("BriefBot's settings were refused:\n\n    " + refused.getMessage(), ACTION,
                refused);
    }
}
