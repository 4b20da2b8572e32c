package dev.briefbot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up's short report for settings refused by hand, as {@link RefusedSettingsAnalyzer} gives for the others. */
class SettingsRefusedAnalyzer extends AbstractFailureAnalyzer<SettingsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingsRefused refused) {
        return new FailureAnalysis("BriefBot's settings were refused:\n\n    " + refused.getMessage(),
                RefusedSettingsAnalyzer.ACTION, refused);
    }
}
