package dev.briefbot.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.chat.TelegramToken;
import dev.briefbot.document.DocumentIntake;
import dev.briefbot.document.NewBriefs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Subscriptions at work, for the Telegram bot (the console keeps none): the commands and their admin check, what
 * membership changes do, the library's reload (watched seeds, and the operators' /reload), and the outbox's delivery.
 * The transport supplies a {@link NotificationChannel} and the {@link AdminCheck.Members} of a group.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
@EnableConfigurationProperties({DeliverySettings.class, OperatorSettings.class})
class SubscriptionConfiguration {

    /** New briefs are taken in once the seeds folder has been quiet this long. */
    private static final Duration SEEDS_QUIET = Duration.ofSeconds(2);

    @Bean
    AdminCheck adminCheck(AdminCheck.Members members) {
        return new AdminCheck(members);
    }

    /** Also the chat's {@link dev.briefbot.chat.SubscriptionDesk}: on Telegram the subscription commands work. */
    @Bean
    SubscriptionCommands subscriptionCommands(SubscriptionStore store, CurrentLibrary library, AdminCheck admins) {
        return new SubscriptionCommands(store, library::answers, admins);
    }

    /** Hears {@link ChatGone} and {@link ChatMigrated}. */
    @Bean
    Membership membership(SubscriptionStore subscriptions, OutboxStore outbox) {
        return new Membership(subscriptions, outbox);
    }

    /** A refused library version is told to every operator in a private message; with none, the log says it. */
    @Bean
    LibraryReload libraryReload(LibraryLoader loader, BriefbotSettings seeds, CurrentLibrary library,
            SubscriptionStore subscriptions, OutboxStore outbox, NotificationChannel channel,
            OperatorSettings operators) {
        Operators told = operators.operators();
        return new LibraryReload(loader, seeds, library, subscriptions, outbox, channel,
                why -> told.ids().forEach(id -> channel.tell(id, why)));
    }

    /** Also the chat's {@link dev.briefbot.chat.OperatorDesk}: {@code /reload}. */
    @Bean
    LibraryReloadDesk libraryReloadDesk(LibraryReload reload, OperatorSettings operators) {
        return new LibraryReloadDesk(reload, operators.operators());
    }

    /**
     * Also the transport's {@link dev.briefbot.document.DocumentDesk}: an operator's document becomes an unreviewed
     * brief in the seeds folder, taken in at once by this reload; the draft reads the gazetteer in use.
     */
    @Bean
    DocumentIntake documentIntake(BriefbotSettings seeds, CurrentLibrary library, LibraryReload reload,
            OperatorSettings operators) {
        Operators allowed = operators.operators();
        return new DocumentIntake(new NewBriefs(seeds.seedsDir()), allowed::includes,
                () -> library.library().gazetteer(),
                () -> reload.reload() instanceof LibraryReload.Outcome.Refused refused ? Optional.of(refused.reason())
                        : Optional.empty());
    }

    @Bean
    SeedsWatch seedsWatch(BriefbotSettings seeds, LibraryReload reload) {
        return new SeedsWatch(seeds.seedsDir(), SEEDS_QUIET, reload);
    }

    /**
     * Sends the outbox through the channel, which it depends on: it starts once the channel is open and stops before
     * it closes. The sends under way get the bot's shutdown grace, which the lanes get too, at the same time.
     */
    @Bean
    NotificationDelivery notificationDelivery(OutboxStore outbox, NotificationChannel channel,
            DeliverySettings delivery, @Value("${briefbot.telegram.shutdown-grace:10s}") Duration stopGrace) {
        return new NotificationDelivery(outbox, channel, delivery, stopGrace, Clock.systemUTC());
    }
}
