package dev.briefbot.telegram;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * How updates arrive, as {@code briefbot.telegram.mode} says: read with the binder {@link TelegramSettings} uses, so a
 * condition and the settings never disagree about {@code webhook}, {@code WEBHOOK} or {@code Webhook}.
 */
final class TelegramMode {

    static final String PROPERTY = "briefbot.telegram.mode";

    private TelegramMode() {
    }

    static TelegramSettings.Mode of(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind(PROPERTY, TelegramSettings.Mode.class)
                .orElse(TelegramSettings.Mode.POLLING);
    }

    /** Matches in polling mode, the default. */
    static final class Polling implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context) == TelegramSettings.Mode.POLLING;
        }
    }

    /** Matches in webhook mode. */
    static final class Webhook implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context) == TelegramSettings.Mode.WEBHOOK;
        }
    }
}
