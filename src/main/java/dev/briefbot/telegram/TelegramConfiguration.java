package dev.briefbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.ChatSettings;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.chat.TelegramToken;
import dev.briefbot.document.DocumentDesk;
import dev.briefbot.telegram.conversation.AnsweredMessages;
import dev.briefbot.telegram.conversation.ChatAdmins;
import dev.briefbot.telegram.conversation.DeepLinks;
import dev.briefbot.telegram.conversation.FloodGuard;
import dev.briefbot.telegram.conversation.InlineAnswers;
import dev.briefbot.telegram.conversation.MembershipChanges;
import dev.briefbot.telegram.conversation.PageTurner;
import dev.briefbot.telegram.conversation.PagedQuestions;
import dev.briefbot.telegram.conversation.TelegramChat;
import dev.briefbot.telegram.conversation.TelegramNotificationChannel;
import dev.briefbot.telegram.intake.ChatLanes;
import dev.briefbot.telegram.intake.CommandMenu;
import dev.briefbot.telegram.intake.HealthSettings;
import dev.briefbot.telegram.intake.PollingHealth;
import dev.briefbot.telegram.intake.TelegramPolling;
import dev.briefbot.telegram.intake.UpdateReader;
import dev.briefbot.telegram.intake.UpdateReport;
import dev.briefbot.telegram.intake.WebhookSettings;
import dev.briefbot.telegram.sending.FileDownloads;
import dev.briefbot.telegram.sending.Reconnect;
import dev.briefbot.telegram.sending.SendClock;
import dev.briefbot.telegram.sending.SendLimits;
import dev.briefbot.telegram.sending.SendMetrics;
import dev.briefbot.telegram.sending.TelegramSender;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot, present only when TELEGRAM_BOT_TOKEN is set: without it the service never reaches Telegram. Its
 * three parts, each built here from the others' beans: the sender ({@code sending}), the conversation
 * ({@code conversation}) and, in polling mode, the intake ({@code intake}; the webhook's is
 * {@link TelegramWebhookConfiguration}). The subscriptions are their own module's; this only gives them a
 * {@link TelegramNotificationChannel} and the group admins ({@link ChatAdmins}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
// bound with a token only: the console needs none of them, and binding them would start Bean Validation for it
@EnableConfigurationProperties({TelegramSettings.class, HealthSettings.class, WebhookSettings.class})
class TelegramConfiguration {

    static final String MODE = "briefbot.telegram.mode";

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
    private static final Duration GET_ME_WAIT = Duration.ofSeconds(15);

    @Bean
    TelegramUrl telegramUrl(TelegramSettings settings) {
        URI api = settings.apiUrl();
        boolean https = "https".equalsIgnoreCase(api.getScheme());
        int port = api.getPort() > 0 ? api.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", api.getHost(), port, false);
    }

    @Bean
    TelegramClient telegramClient(TelegramSettings settings, TelegramUrl url) {
        if (settings.token().isEmpty()) {
            throw new IllegalStateException(TelegramToken.VARIABLE + " is set but briefbot.telegram.token is empty: "
                    + "config/application.yml must map it (token: ${" + TelegramToken.VARIABLE + ":})");
        }
        return new OkHttpTelegramClient(settings.token(), url);
    }

    @Bean
    SendMetrics sendMetrics(MeterRegistry registry) {
        return new SendMetrics(registry);
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client, ApplicationEventPublisher events, TelegramSettings settings,
            SendMetrics metrics) {
        SendLimits limits = settings.limits().sendLimits();
        return new TelegramSender(client, events, limits, SendClock.scaled(limits.timeScale()), metrics,
                new FileDownloads(settings.apiUrl(), settings.token()));
    }

    @Bean
    Reconnect telegramReconnect(TelegramSettings settings) {
        return new Reconnect(Duration.ofSeconds(1), Duration.ofSeconds(30), settings::redacted);
    }

    /**
     * Commands are addressed as /region@username: the name comes from TELEGRAM_BOT_USERNAME, else from Telegram
     * itself, asked until it answers (start-up waits rather than fails while Telegram is briefly unreachable).
     */
    @Bean
    @Primary
    ChatSettings telegramChatSettings(TelegramSettings settings, WebhookSettings webhook, Validator validator,
            TelegramSender sender, Reconnect reconnect, Environment environment) throws InterruptedException {
        checkModeSpelling(environment);
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            // before Telegram is asked anything: a wrong webhook setting is reported even when Telegram is unreachable
            webhook.checked(validator);
        }
        String username = settings.hasUsername() ? settings.username() : askUsername(sender, reconnect);
        log.info("Telegram bot @{}", username);
        return new ChatSettings(username);
    }

    /**
     * The intake is chosen by {@code @ConditionalOnProperty}, which compares the words as written, ignoring case; the
     * settings' binder is more lenient ({@code web-hook}). A spelling only the binder takes would start no intake.
     */
    private static void checkModeSpelling(Environment environment) {
        String mode = environment.getProperty(MODE, "polling").toLowerCase(Locale.ROOT);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            throw new IllegalStateException(MODE + " (BRIEFBOT_TELEGRAM_MODE) must be written polling or webhook");
        }
    }

    /**
     * Asked on the thread starting the context, which holds the lock Boot's shutdown hook waits for: without a hook
     * of its own to interrupt the asking, a SIGTERM while Telegram is unreachable would never end the JVM.
     */
    private static String askUsername(TelegramSender sender, Reconnect reconnect) throws InterruptedException {
        Thread interrupter = new Thread(Thread.currentThread()::interrupt, "telegram-getme-stop");
        Runtime.getRuntime().addShutdownHook(interrupter);
        try {
            return reconnect.untilReachable("getMe", () -> sender.call(new GetMe(), GET_ME_WAIT)).getUserName();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupter);
            } catch (IllegalStateException shuttingDown) {
                // the hook has run or is running: the JVM is stopping anyway
            }
        }
    }

    /** The subscriptions' admin check asks Telegram who a group's admins are. */
    @Bean
    ChatAdmins chatAdmins(TelegramSender sender) {
        return new ChatAdmins(sender);
    }

    /**
     * Where the outbox's notifications and the operators' notices go. Depending on the intake (polling, or the webhook
     * in webhook mode), it opens after it and closes before it; the outbox's delivery, which depends on the channel,
     * starts after both and stops first, so no notification goes out while the bot is half stopped.
     */
    @Bean
    @DependsOn("telegramIntake")
    TelegramNotificationChannel telegramNotificationChannel(TelegramHtmlRenderer renderer, TelegramSender sender) {
        return new TelegramNotificationChannel(renderer, sender);
    }

    @Bean
    UpdateReport updateReport(MeterRegistry registry) {
        return new UpdateReport(registry);
    }

    @Bean
    TelegramChat telegramChat(TelegramSettings settings, ChatRouter router, TelegramHtmlRenderer renderer,
            TelegramSender sender, ChatSettings chat, CurrentLibrary library, ApplicationEventPublisher events,
            ObjectProvider<DocumentDesk> documents) {
        DeepLinks links = new DeepLinks(chat::botUsername);
        return new TelegramChat(router, renderer, sender,
                new FloodGuard(settings.flood().perMinute(), SendClock.scaled(1)),
                new PageTurner(router, renderer, sender, new PagedQuestions(PagedQuestions.CAPACITY), links),
                new InlineAnswers(library::answers, renderer, sender, chat::botUsername),
                new MembershipChanges(events, renderer, sender), links,
                new AnsweredMessages(AnsweredMessages.CAPACITY), documentsWhenSent(documents));
    }

    /**
     * The desk is found when a document comes, not when the chat is built: it reloads the library, whose notifications
     * go out through the channel that opens after the intake this chat is part of.
     */
    private static DocumentDesk documentsWhenSent(ObjectProvider<DocumentDesk> documents) {
        return new DocumentDesk() {
            @Override
            public java.util.Optional<dev.briefbot.answer.Answer> refusal(Offer offer) {
                return desk().refusal(offer);
            }

            @Override
            public Reply take(Offer offer, byte[] content) {
                return desk().take(offer, content);
            }

            @Override
            public dev.briefbot.answer.Answer notDownloaded(Offer offer, boolean tooLarge) {
                return desk().notDownloaded(offer, tooLarge);
            }

            private DocumentDesk desk() {
                return documents.getIfAvailable(DocumentDesk::none);
            }
        };
    }

    @Bean
    ChatLanes chatLanes(TelegramSettings settings, ChatSettings chat, TelegramChat handler, UpdateReport report) {
        return new ChatLanes(new UpdateReader(chat::botUsername), handler, report, settings.lanes(),
                settings.laneCapacity());
    }

    @Bean
    CommandMenu commandMenu(TelegramSender sender) {
        return new CommandMenu(sender);
    }

    /** Polling mode only (the default); also named telegramIntake, as the webhook is in webhook mode. */
    @Bean({"telegramPolling", "telegramIntake"})
    @ConditionalOnProperty(name = MODE, havingValue = "polling", matchIfMissing = true)
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramUrl url, ChatLanes lanes,
            TelegramSender sender, Reconnect reconnect, PollingHealth health, CommandMenu menu) {
        return new TelegramPolling(settings.token(), settings.shutdownGrace(), settings::redacted, url, lanes, sender,
                reconnect, health, menu);
    }

    /** The "telegramPolling" indicator of the readiness group; a webhook bot does not poll, and has none. */
    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "polling", matchIfMissing = true)
    PollingHealth telegramPollingHealthIndicator(HealthSettings settings) {
        return new PollingHealth(settings.pollingStaleAfter(), Clock.systemUTC());
    }
}
