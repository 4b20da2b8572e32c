package dev.briefbot;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out Actuator's auto-configurations in the console (no token): nobody probes or scrapes a chat in a terminal,
 * and its metrics, health indicators and endpoints cost the console's first answer about a second of CPU. The
 * Telegram bot keeps them all.
 */
class ConsoleAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String ACTUATOR = "org.springframework.boot.actuate.autoconfigure.";

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
            kept[i] = !console || candidates[i] == null || !candidates[i].startsWith(ACTUATOR);
        }
        return kept;
    }
}
