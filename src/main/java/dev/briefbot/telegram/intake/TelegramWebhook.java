package dev.briefbot.telegram.intake;

import java.net.URI;
import java.time.Duration;

import dev.briefbot.telegram.sending.Reconnect;
import dev.briefbot.telegram.sending.TelegramSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Webhook mode, started and stopped with the application: at start Telegram is told where to post updates, which
 * kinds, and the secret to sign them with; at stop the lanes finish what they hold. The webhook stays set when one
 * instance stops: other replicas behind the same URL keep receiving, and Telegram keeps what nobody took. As the
 * "telegramWebhook" health indicator (readiness), it is up once Telegram has accepted the webhook.
 */
public final class TelegramWebhook implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final WebhookSettings webhook;
    private final ChatLanes lanes;
    private final TelegramSender sender;
    private final Reconnect reconnect;
    private final CommandMenu menu;
    private final Duration shutdownGrace;
    private volatile Thread starting;
    private volatile boolean running;
    private volatile boolean accepted;

    public TelegramWebhook(WebhookSettings webhook, ChatLanes lanes, TelegramSender sender, Reconnect reconnect,
            CommandMenu menu, Duration shutdownGrace) {
        this.webhook = webhook;
        this.lanes = lanes;
        this.sender = sender;
        this.reconnect = reconnect;
        this.menu = menu;
        this.shutdownGrace = shutdownGrace;
    }

    /** Registers in the background, as polling does: an unreachable Telegram delays updates, not start-up. */
    @Override
    public void start() {
        running = true;
        starting = new Thread(this::register, "telegram-start");
        starting.start();
    }

    private void register() {
        try {
            reconnect.untilReachable("setWebhook", this::setWebhook);
            accepted = true;
            // the host only, as polling logs it: a URL may carry a path an operator would rather not see in logs
            log.info("Telegram bot receives updates by webhook at {} (served at {})", URI.create(webhook.url())
                    .getHost(), webhook.path());
            menu.publish();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            log.error("The Telegram webhook could not be set: {}", webhook.redacted(failure.getMessage()));
        }
    }

    /** Through the sender, bounded: Telegram's own call has no bound when an answer cannot be read. */
    private Boolean setWebhook() throws TelegramApiException, InterruptedException {
        return sender.call(SetWebhook.builder().url(webhook.url()).secretToken(webhook.secret())
                .allowedUpdates(TelegramPolling.ALLOWED_UPDATES).build(), CALL_TIMEOUT);
    }

    /** From here the endpoint answers 503 (Telegram resends later, perhaps to another replica); the lanes drain. */
    @Override
    public void stop() {
        running = false;
        Thread registering = starting;
        if (registering != null) {
            registering.interrupt();
        }
        lanes.drain(shutdownGrace);
        log.info("Telegram bot stopped");
    }

    @Override
    public Health health() {
        return accepted ? Health.up().withDetail("path", webhook.path()).build()
                : Health.down().withDetail("webhook", "Telegram has not yet accepted the webhook").build();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
