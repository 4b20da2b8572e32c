package dev.briefbot.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** With a token the console steps aside; until the Telegram bot exists, say so instead of sitting silent. */
@Component
@Conditional(TelegramToken.Present.class)
class TelegramNotice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TelegramNotice.class);

    @Override
    public void run(ApplicationArguments arguments) {
        log.warn("{} is set: the Telegram bot arrives in a later release", TelegramToken.VARIABLE);
    }
}
