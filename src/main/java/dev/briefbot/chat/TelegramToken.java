package dev.briefbot.chat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether {@code TELEGRAM_BOT_TOKEN} is set, which decides the transport: with it the Telegram bot runs, without it the console. */
public final class TelegramToken {

    public static final String VARIABLE = "TELEGRAM_BOT_TOKEN";

    private TelegramToken() {
    }

    public static boolean isSet(PropertyResolver environment) {
        String token = environment.getProperty(VARIABLE);
        return token != null && !token.isBlank();
    }

    /** Matches when no token is set (unset or blank). */
    public static final class Absent implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isSet(context.getEnvironment());
        }
    }

    /** Matches when a token is set. */
    public static final class Present implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isSet(context.getEnvironment());
        }
    }
}
