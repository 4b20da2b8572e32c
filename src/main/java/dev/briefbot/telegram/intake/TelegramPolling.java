package dev.briefbot.telegram.intake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefbot.telegram.sending.BotApi;
import dev.briefbot.telegram.sending.Reconnect;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling, started and stopped with the application. Registration happens here, not through the starter: the
 * starter fails start-up when Telegram is unreachable and cannot choose {@code allowed_updates}. The polling thread
 * is ours, so stopping ends it and the JVM can exit.
 */
public final class TelegramPolling implements SmartLifecycle {

    /** The updates BriefBot asks for; Telegram sends no other kinds. */
    public static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "inline_query", "my_chat_member");

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final Duration POLLER_END = Duration.ofSeconds(5);
    /** The confirming poll gets one try this long: a Telegram that does not answer must not hold up the exit. */
    private static final Duration CONFIRM_WAIT = Duration.ofSeconds(5);

    private final String token;
    private final Duration shutdownGrace;
    private final UnaryOperator<String> redact;
    private final TelegramUrl url;
    private final ChatLanes lanes;
    private final BotApi sender;
    private final Reconnect reconnect;
    private final CommandMenu menu;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "telegram-polling"));
    private final PollingConflicts conflicts;
    private final TelegramBotsLongPollingApplication polling;
    private volatile Thread starting;
    private volatile BotSession session;
    private volatile boolean running;

    /**
     * @param token         the bot token, which the polling client puts in every URL
     * @param shutdownGrace how long a stop lets the lanes finish the updates they hold
     * @param redact        masks the token in anything logged
     */
    public TelegramPolling(String token, Duration shutdownGrace, UnaryOperator<String> redact, TelegramUrl url,
            ChatLanes lanes, BotApi sender, Reconnect reconnect, PollingHealth health, CommandMenu menu) {
        this.token = token;
        this.shutdownGrace = shutdownGrace;
        this.redact = redact;
        this.url = url;
        this.lanes = lanes;
        this.sender = sender;
        this.reconnect = reconnect;
        this.menu = menu;
        this.conflicts = new PollingConflicts(Duration.ofSeconds(1), Duration.ofSeconds(30), redact);
        this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> pollingClient(conflicts, health), () -> poller);
    }

    /**
     * TelegramBots' own client, but a 409 Conflict is told to the operator once, not as a stack trace per poll; and
     * every call Telegram answers OK tells the readiness probe that polling is alive.
     */
    private static OkHttpClient pollingClient(PollingConflicts conflicts, PollingHealth health) {
        return new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder()
                .addInterceptor(conflicts)
                .addInterceptor(health)
                .build();
    }

    /** Registers in the background, so an unreachable Telegram delays answers, not start-up, and stop still works. */
    @Override
    public void start() {
        running = true;
        starting = new Thread(this::register, "telegram-start");
        starting.start();
    }

    private void register() {
        try {
            session = reconnect.untilReachable("long polling", () -> {
                try {
                    return polling.registerBot(token, () -> url, this::getUpdates, lanes);
                } catch (TelegramApiException failure) {
                    // registerBot keeps a session that failed to start: forget it, or the retry is refused
                    polling.unregisterBot(token);
                    throw failure;
                }
            });
            log.info("Telegram bot is polling for updates at {}", url.getHost());
            // after polling, so a menu Telegram will not take never holds up the answers
            menu.publish();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            log.error("The Telegram bot could not start: {}", redact.apply(failure.getMessage()));
        }
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return new DefaultGetUpdatesGenerator(ALLOWED_UPDATES).apply(lastReceived);
    }

    /** Stops polling, lets the lanes finish (bounded), and ends our threads so the JVM can exit. */
    @Override
    public void stop() {
        running = false;
        // from here a poll cut short is expected, and a 409 is our own confirming poll ending the open one (Telegram
        // does that): neither is an error to report
        conflicts.stopping();
        Thread registering = starting;
        if (registering != null) {
            registering.interrupt();
        }
        try {
            polling.close();
        } catch (Exception failure) {
            log.warn("Polling did not stop cleanly: {}", redact.apply(failure.getMessage()));
        }
        poller.shutdownNow();
        log.info("Telegram polling stopped; answering the updates received, for at most {} s",
                shutdownGrace.toSeconds());
        lanes.drain(shutdownGrace);
        confirmReceived();
        awaitPollerEnd();
        log.info("Telegram bot stopped");
    }

    // the confirming poll has ended the open one; waiting for it means nothing of polling outlives stop()
    private void awaitPollerEnd() {
        try {
            if (!poller.awaitTermination(POLLER_END.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The polling thread did not end within {} s", POLLER_END.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Telegram forgets an update only when a later getUpdates asks past it; the poll that would have done so may
     * have failed or never been sent, and a restart would then answer the last updates again. Telegram also ends the
     * long poll still open when this one arrives, so the polling thread is free at once.
     */
    private void confirmReceived() {
        BotSession stopped = session;
        if (stopped == null) {
            return;
        }
        int last = stopped.getLastReceivedUpdate().get();
        sender.once(GetUpdates.builder().offset(last > 0 ? last + 1 : null).limit(1).timeout(0)
                .allowedUpdates(ALLOWED_UPDATES).build(), CONFIRM_WAIT);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
