package dev.briefbot;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;

/** What Boot's start-up report says of refused settings: one "property: reason" line for each. */
public final class BindingRefusal {

    private BindingRefusal() {
    }

    /** The refusals in a failed start-up; empty when the failure was not a refused setting. */
    public static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException refused) {
                return refused.getValidationErrors().getAllErrors().stream()
                        .map(error -> refused.getValidationErrors().getName()
                                + (error instanceof FieldError field ? "." + field.getField() : "") + ": "
                                + error.getDefaultMessage())
                        .collect(Collectors.joining("\n"));
            }
        }
        return "";
    }
}
