package dev.briefbot;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** What the start-up report says of refused settings: one "property: reason" line for each, keys dashed. */
public final class BindingRefusal {

    private BindingRefusal() {
    }

    /** The refusals in a failed start-up; empty when the failure was not a refused setting. */
    public static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException refused) {
                return refused.getValidationErrors().getAllErrors().stream()
                        .map(error -> refused.getValidationErrors().getName() + dashedField(error) + ": "
                                + error.getDefaultMessage())
                        .collect(Collectors.joining("\n"));
            }
            // the console's settings check themselves as they are built, naming the property first
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null
                    && refused.getMessage().startsWith("briefbot.")) {
                return refused.getMessage();
            }
        }
        return "";
    }

    private static String dashedField(ObjectError error) {
        return error instanceof FieldError field ? "." + DataObjectPropertyName.toDashedForm(field.getField()) : "";
    }
}
