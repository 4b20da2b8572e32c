package dev.briefbot;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Boot's report of refused settings, in the spelling operators write: Boot names a record's field
 * ({@code briefbot.telegram.limits.globalPerSecond}), this names the key of {@code config/application.yml}
 * ({@code briefbot.telegram.limits.global-per-second}), with the value given, where it came from and what is accepted.
 */
// before Boot's own analyzer of the same failure, which would name the fields
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidSettingsAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    static final String ACTION = "Fix the settings named above (config/application.yml documents each with its "
            + "default), or remove them to use the defaults.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException refused) {
        String prefix = refused.getValidationErrors().getName().toString();
        String description = refused.getValidationErrors().getAllErrors().stream()
                .map(error -> refusal(prefix, error))
                .collect(Collectors.joining("\n\n", "BriefBot's settings were refused:\n\n", ""));
        return new FailureAnalysis(description, ACTION, refused);
    }

    private static String refusal(String prefix, ObjectError error) {
        StringBuilder refusal = new StringBuilder("    Property: ").append(prefix);
        if (error instanceof FieldError field) {
            refusal.append('.').append(dashed(field.getField()));
            if (!secret(field.getField())) {
                refusal.append("\n    Value: \"").append(field.getRejectedValue()).append('"');
            }
        }
        Origin origin = Origin.from(error);
        if (origin != null) {
            refusal.append("\n    Origin: ").append(origin);
        }
        return refusal.append("\n    Reason: ").append(error.getDefaultMessage()).toString();
    }

    /** {@code limits.globalPerSecond} as it is written in the settings: {@code limits.global-per-second}. */
    private static String dashed(String field) {
        return DataObjectPropertyName.toDashedForm(field);
    }

    // a refused credential is named, never shown
    private static boolean secret(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return name.contains("token") || name.contains("secret") || name.contains("password");
    }
}
