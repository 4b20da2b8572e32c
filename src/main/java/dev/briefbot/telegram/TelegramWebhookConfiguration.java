package dev.briefbot.telegram;

import java.time.Duration;

import dev.briefbot.chat.TelegramToken;
import dev.briefbot.telegram.intake.ChatLanes;
import dev.briefbot.telegram.intake.CommandMenu;
import dev.briefbot.telegram.intake.TelegramWebhook;
import dev.briefbot.telegram.intake.TelegramWebhookEndpoint;
import dev.briefbot.telegram.intake.WebhookSettings;
import dev.briefbot.telegram.sending.Reconnect;
import dev.briefbot.telegram.sending.TelegramSender;
import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Webhook mode ({@code briefbot.telegram.mode=webhook}): Telegram posts updates to an endpoint on server.port instead
 * of the bot polling for them. Everything after the endpoint (lanes, sender, channel) is
 * {@link TelegramConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
@ConditionalOnProperty(name = TelegramConfiguration.MODE, havingValue = "webhook")
class TelegramWebhookConfiguration {

    /** Checked here, so a bad webhook setting stops start-up in webhook mode and is ignored in polling mode. */
    @Bean
    TelegramWebhookEndpoint telegramWebhookEndpoint(WebhookSettings webhook, Validator validator, ChatLanes lanes) {
        return new TelegramWebhookEndpoint(webhook.checked(validator), lanes);
    }

    @Bean
    RouterFunction<ServerResponse> telegramWebhookRoute(WebhookSettings webhook, TelegramWebhookEndpoint endpoint) {
        return RouterFunctions.route().POST(webhook.path(), endpoint::receive).build();
    }

    /** Also named telegramIntake, as polling is in its mode: the notification channel opens after it. */
    @Bean({"telegramWebhook", "telegramIntake"})
    TelegramWebhook telegramWebhook(WebhookSettings webhook, Validator validator, TelegramSettings settings,
            ChatLanes lanes, TelegramSender sender, CommandMenu menu) {
        // its own Reconnect: a failure it reports may quote the secret as well as the token
        Reconnect reconnect = new Reconnect(Duration.ofSeconds(1), Duration.ofSeconds(30),
                text -> webhook.redacted(settings.redacted(text)));
        return new TelegramWebhook(webhook.checked(validator), lanes, sender, reconnect, menu,
                settings.shutdownGrace());
    }
}
