package dev.briefbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import dev.briefbot.TelegramToken;
import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.ChatSettings;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.subscription.AdminCheck;
import dev.briefbot.subscription.LibraryReload;
import dev.briefbot.subscription.Membership;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.SubscriptionCommands;
import dev.briefbot.subscription.SubscriptionStore;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram bot, present only when TELEGRAM_BOT_TOKEN is set: without it the service never reaches Telegram. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
// bound with a token only: the console needs none of them, and binding them would start Bean Validation for it
@EnableConfigurationProperties({TelegramSettings.class, DeliverySettings.class, HealthSettings.class,
        OperatorSettings.class, WebhookSettings.class})
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
    private static final Duration ADMIN_CHECK_WAIT = Duration.ofSeconds(5);

    /** Also read by the TelegramBots starter, so everything talks to the same Bot API server. */
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
    TelegramSender telegramSender(TelegramClient client, ApplicationEventPublisher events, TelegramSettings settings,
            TelegramMetrics metrics) {
        return new TelegramSender(client, events, settings.limits().sendLimits(), metrics);
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
            TelegramClient client, Reconnect reconnect) throws InterruptedException {
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            // before Telegram is asked anything: a wrong webhook setting is reported even when Telegram is unreachable
            webhook.checked(validator);
        }
        String username = settings.hasUsername() ? settings.username() : askUsername(client, reconnect);
        log.info("Telegram bot @{}", username);
        return new ChatSettings(username);
    }

    /**
     * Asked on the thread starting the context, which holds the lock Boot's shutdown hook waits for: without a hook
     * of its own to interrupt the asking, a SIGTERM while Telegram is unreachable would never end the JVM.
     */
    private static String askUsername(TelegramClient client, Reconnect reconnect) throws InterruptedException {
        Thread interrupter = new Thread(Thread.currentThread()::interrupt, "telegram-getme-stop");
        Runtime.getRuntime().addShutdownHook(interrupter);
        try {
            return reconnect.untilReachable("getMe", () -> client.execute(new GetMe())).getUserName();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupter);
            } catch (IllegalStateException shuttingDown) {
                // the hook has run or is running: the JVM is stopping anyway
            }
        }
    }

    /**
     * Asked live, per command: an admin's standing can change at any moment. Someone waits for the answer, so Telegram
     * is asked once, for at most {@link #ADMIN_CHECK_WAIT}; unanswered, the change is refused (nothing is granted).
     */
    @Bean
    AdminCheck adminCheck(TelegramSender sender) {
        return new AdminCheck((chat, user) -> sender.once(GetChatMember.builder().chatId(String.valueOf(chat))
                .userId(user).build(), ADMIN_CHECK_WAIT).map(ChatMember::getStatus));
    }

    /** Also the chat's {@link dev.briefbot.chat.SubscriptionDesk}: on Telegram the subscription commands work. */
    @Bean
    SubscriptionCommands subscriptionCommands(SubscriptionStore store, CurrentLibrary library, AdminCheck admins) {
        return new SubscriptionCommands(store, library::answers, admins);
    }

    @Bean
    MembershipEvents membershipEvents(SubscriptionStore subscriptions, OutboxStore outbox,
            TelegramHtmlRenderer renderer, TelegramSender sender) {
        return new MembershipEvents(new Membership(subscriptions, outbox), renderer, sender);
    }

    /**
     * Sends the outbox: the notifications new briefs bring to subscribed chats. Depending on the intake (polling, or
     * the webhook in webhook mode), it starts after it and stops before it, so no notification goes out while the bot
     * is half stopped.
     */
    @Bean
    @DependsOn("telegramIntake")
    OutboxDelivery outboxDelivery(OutboxStore outbox, TelegramSender sender, DeliverySettings delivery,
            TelegramSettings settings) {
        return new OutboxDelivery(outbox, sender, delivery, settings.shutdownGrace(), Clock.systemUTC());
    }

    @Bean
    Operators operators(OperatorSettings settings) {
        return settings.operators();
    }

    /** A refused library version is told to every operator in a private message; with none, the log says it. */
    @Bean
    LibraryReload libraryReload(LibraryLoader loader, BriefbotSettings seeds, CurrentLibrary library,
            SubscriptionStore subscriptions, OutboxStore outbox, TelegramSender sender, Operators operators) {
        return new LibraryReload(loader, seeds, library, subscriptions, outbox, why -> operators.ids().forEach(id ->
                sender.execute(new Reply(id, null, null).message(ReloadCommand.html(why), true, null))));
    }

    /** New briefs are taken in once the seeds folder has been quiet for two seconds. */
    @Bean
    SeedsWatch seedsWatch(BriefbotSettings seeds, LibraryReload reload) {
        return new SeedsWatch(seeds.seedsDir(), Duration.ofSeconds(2), reload);
    }

    @Bean
    ChatLanes chatLanes(TelegramSettings settings, ChatRouter router, TelegramHtmlRenderer renderer,
            TelegramSender sender, ChatSettings chat, CurrentLibrary library, MembershipEvents membership,
            LibraryReload reload, Operators operators, UpdateReport report) {
        InlineAnswers inline = new InlineAnswers(library::answers, renderer, sender, chat::botUsername);
        TelegramChat handler = new TelegramChat(router, renderer, sender, chat::botUsername,
                FloodGuard.perMinute(settings.flood().perMinute()), inline, membership,
                new ReloadCommand(reload, operators));
        return new ChatLanes(handler::handle, report, settings.lanes(), settings.laneCapacity());
    }

    /** Polling mode only (the default); also named telegramIntake, as the webhook is in webhook mode. */
    @Bean({"telegramPolling", "telegramIntake"})
    @Conditional(TelegramMode.Polling.class)
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramUrl url, ChatLanes lanes,
            TelegramSender sender, Reconnect reconnect, PollingHealth health) {
        return new TelegramPolling(settings, url, lanes, sender, reconnect, health);
    }
}
