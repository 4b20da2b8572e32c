package dev.briefbot.console;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether {@code TELEGRAM_BOT_TOKEN} is set: without it the console runs, with it the Telegram bot will. */
final class TelegramToken {

    static final String VARIABLE = "TELEGRAM_BOT_TOKEN";

    private TelegramToken() {
    }

    static boolean isSet(PropertyResolver environment) {
        String token = environment.getProperty(VARIABLE);
        return token != null && !token.isBlank();
    }

    /** Matches when no token is set (unset or blank). */
    static final class Absent implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isSet(context.getEnvironment());
        }
    }

    /** Matches when a token is set. */
    static final class Present implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isSet(context.getEnvironment());
        }
    }
}
