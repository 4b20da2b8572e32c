package dev.briefbot;

import dev.briefbot.chat.TelegramToken;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out, in the console (no token), what only the Telegram bot uses: Actuator (nobody probes or scrapes a chat
 * in a terminal; its metrics, health indicators and endpoints cost about a second of CPU) and Bean Validation (the
 * console's two settings records check themselves; starting Hibernate Validator costs the first answer about a
 * second). The Telegram bot keeps them all.
 */
class ConsoleAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String ACTUATOR = "org.springframework.boot.actuate.autoconfigure.";
    private static final String VALIDATION =
            "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean console = !TelegramToken.isSet(environment);
        boolean[] kept = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            kept[i] = !console || candidates[i] == null || !telegramOnly(candidates[i]);
        }
        return kept;
    }

    private static boolean telegramOnly(String autoConfiguration) {
        return autoConfiguration.startsWith(ACTUATOR) || autoConfiguration.equals(VALIDATION);
    }
}
