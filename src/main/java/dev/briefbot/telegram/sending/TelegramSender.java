package dev.briefbot.telegram.sending;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.briefbot.subscription.ChatGone;
import dev.briefbot.subscription.ChatMigrated;
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The one way out to Telegram: every call goes through it, start-up's {@code getMe} and {@code setWebhook} included.
 * Telegram's limits, retries and the meaning of its errors live here and nowhere else: a 429 waits {@code retry_after}, a server or network error backs off, a
 * gone chat is published as {@link ChatGone}, a migrated group as {@link ChatMigrated} and resent there, broken
 * markup is resent as plain text. Logs name the method, chat, error code and Telegram's description, never an
 * exception message, so the token cannot leak through a URL.
 */
public final class TelegramSender implements BotApi {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only an answer the library cannot start to read (its callback throws, the call never completes) waits this
     * long: other calls end within OkHttp's own 10 s timeouts, and long polls do not come through here.
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final String SEND_DOCUMENT = "sendDocument";
    private static final Set<String> UNLIMITED_SENDS = Set.of("sendchataction");
    private static final Set<String> OTHER_SENDS = Set.of("copymessage", "copymessages", "forwardmessage",
            "forwardmessages", "stoppoll");

    private final TelegramClient client;
    private final ApplicationEventPublisher events;
    private final SendLimits limits;
    private final SendClock clock;
    private final SendRateLimiter limiter;
    private final SendMetrics metrics;
    private final FileDownloads downloads;

    /** A sender that downloads no file. */
    public TelegramSender(TelegramClient client, ApplicationEventPublisher events, SendLimits limits, SendClock clock,
            SendMetrics metrics) {
        this(client, events, limits, clock, metrics, FileDownloads.none());
    }

    /** @param clock Telegram time: {@code SendClock.scaled(limits.timeScale())}, or a virtual one in tests */
    public TelegramSender(TelegramClient client, ApplicationEventPublisher events, SendLimits limits, SendClock clock,
            SendMetrics metrics, FileDownloads downloads) {
        this.client = client;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
        this.limiter = new SendRateLimiter(limits, clock);
        this.metrics = metrics;
        this.downloads = downloads;
    }

    @Override
    public <T extends Serializable> Optional<T> once(BotApiMethod<T> method, Duration wait) {
        try {
            return Optional.ofNullable(call(method, wait));
        } catch (TelegramApiException thrown) {
            TelegramFailure failure = TelegramFailure.of(thrown);
            log.warn("Telegram {} failed, not retried: {} {}", method.getMethod(), failure.errorCode(),
                    failure.description());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /**
     * One bare try, waited for at most {@code timeout}, its failure thrown as it came: for a caller that decides itself
     * whether to try again (start-up's {@link Reconnect}). The library's own {@code execute} waits forever when it
     * cannot read a response (its callback throws and the future never completes), as with a non-Bot-API error page.
     */
    public <T extends Serializable> T call(BotApiMethod<T> method, Duration timeout) throws TelegramApiException,
            InterruptedException {
        return bounded(method.getMethod(), () -> client.executeAsync(method), timeout);
    }

    /** {@code setWebhook}, which TelegramBots sends as a multipart form, not as a {@link BotApiMethod}. */
    public Boolean call(SetWebhook webhook, Duration timeout) throws TelegramApiException, InterruptedException {
        return bounded(webhook.getMethod(), () -> client.executeAsync(webhook), timeout);
    }

    @Override
    public <T extends Serializable> Sent<T> send(BotApiMethod<T> method) {
        try {
            return deliver(method);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            log.info("Telegram {} to chat {} abandoned: the sender was stopped", method.getMethod(), chatOf(method));
            return Sent.not(Outcome.STOPPED);
        }
    }

    @Override
    public Sent<Message> sendDocument(DocumentFile document) {
        String chat = String.valueOf(document.chatId());
        BackOffExecution backoff = limits.backOff().start();
        try {
            for (int attempt = 1; ; attempt++) {
                TelegramFailure failure;
                try {
                    limiter.awaitTurn(chat);
                    Message sent = bounded(SEND_DOCUMENT, () -> client.executeAsync(document.method()), CALL_TIMEOUT);
                    metrics.sent(SEND_DOCUMENT);
                    return new Sent<>(Outcome.DELIVERED, Optional.ofNullable(sent));
                } catch (TelegramApiException thrown) {
                    failure = TelegramFailure.of(thrown);
                    metrics.failed(failure);
                }
                // the same rules as every other send, but for the two a document cannot meet (a chat migrated
                // under a document is refused, and it has no markup to drop)
                switch (failure.kind()) {
                    case TOO_MANY_REQUESTS, TRANSIENT -> {
                        if (attempt >= limits.maxTries()) {
                            return gaveUp(SEND_DOCUMENT, chat, failure, attempt);
                        }
                        clock.sleep(waitBeforeRetry(SEND_DOCUMENT, chat, failure, attempt + 1,
                                backoff.nextBackOff()));
                    }
                    case CHAT_GONE -> {
                        return chatGone(SEND_DOCUMENT, chat, Optional.of(document.chatId()), failure);
                    }
                    case UNREADABLE_ANSWER -> {
                        return answeredUnreadably(SEND_DOCUMENT, chat, failure, false);
                    }
                    default -> {
                        return refused(SEND_DOCUMENT, chat, failure);
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return Sent.not(Outcome.STOPPED);
        }
    }

    @Override
    public Download download(String filePath, long mostBytes) {
        try {
            return downloads.download(filePath, mostBytes);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return new Download.Failed();
        }
    }

    private <T extends Serializable> Sent<T> deliver(BotApiMethod<T> first) throws InterruptedException {
        BotApiMethod<T> method = first;
        boolean resent = false;
        boolean moved = false;
        BackOffExecution backoff = limits.backOff().start();
        for (int attempt = 1; ; attempt++) {
            TelegramFailure failure;
            try {
                awaitTurn(method);
                T answer = call(method, CALL_TIMEOUT);
                if (isSend(method.getMethod())) {
                    metrics.sent(method.getMethod());
                }
                return new Sent<>(moved ? Outcome.DELIVERED_AFTER_MIGRATION : Outcome.DELIVERED,
                        Optional.ofNullable(answer));
            } catch (TelegramApiException thrown) {
                failure = TelegramFailure.of(thrown);
                metrics.failed(failure);
            }
            switch (failure.kind()) {
                case TOO_MANY_REQUESTS, TRANSIENT -> {
                    if (attempt >= limits.maxTries()) {
                        return gaveUp(method.getMethod(), chatOf(method), failure, attempt);
                    }
                    clock.sleep(waitBeforeRetry(method.getMethod(), chatOf(method), failure, attempt + 1,
                            backoff.nextBackOff()));
                }
                case CHAT_GONE -> {
                    return chatGone(method.getMethod(), chatOf(method), chatIdOf(method), failure);
                }
                case MIGRATED -> {
                    BotApiMethod<T> supergroup = resent ? null : migrated(method, failure);
                    if (supergroup == null) {
                        return refused(method.getMethod(), chatOf(method), failure);
                    }
                    method = supergroup;
                    resent = true;
                    moved = true;
                }
                case CANNOT_PARSE -> {
                    BotApiMethod<T> plain = resent ? null : asPlainText(method, failure);
                    if (plain == null) {
                        return refused(method.getMethod(), chatOf(method), failure);
                    }
                    method = plain;
                    resent = true;
                }
                case UNREADABLE_ANSWER -> {
                    return answeredUnreadably(method.getMethod(), chatOf(method), failure, moved);
                }
                case NOT_MODIFIED -> {
                    log.debug("Telegram {} to chat {}: message was already as edited", method.getMethod(),
                            chatOf(method));
                    return Sent.not(Outcome.DELIVERED);
                }
                default -> {
                    return refused(method.getMethod(), chatOf(method), failure);
                }
            }
        }
    }

    /** A call started, not yet answered. */
    private interface Started<T> {
        CompletableFuture<T> start() throws TelegramApiException;
    }

    private static <T> T bounded(String method, Started<T> call, Duration timeout)
            throws TelegramApiException, InterruptedException {
        CompletableFuture<T> pending = call.start();
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof TelegramApiException answer) {
                throw answer;
            }
            throw new TelegramApiException("Telegram " + method + " failed", failed.getCause());
        } catch (TimeoutException silent) {
            pending.cancel(true);
            throw new TelegramApiException("Telegram " + method + " gave no readable answer in "
                    + timeout.toMillis() + " ms");
        } catch (InterruptedException stopping) {
            pending.cancel(true);
            throw stopping;
        }
    }

    private void awaitTurn(BotApiMethod<?> method) throws InterruptedException {
        if (!isSend(method.getMethod())) {
            return;
        }
        String chat = chatOf(method);
        if (chat.isEmpty()) {
            limiter.awaitTurn();
        } else {
            limiter.awaitTurn(chat);
        }
    }

    // What Telegram counts against its limits: messages posted or edited in a chat.
    private static boolean isSend(String name) {
        String method = name.toLowerCase(Locale.ROOT);
        return !UNLIMITED_SENDS.contains(method)
                && (method.startsWith("send") || method.startsWith("edit") || OTHER_SENDS.contains(method));
    }

    /** A 429 waits what Telegram asked for; any other failure the next back-off, which each failure moves on. */
    private Duration waitBeforeRetry(String name, String chat, TelegramFailure failure, int next, long backoffMillis) {
        Duration wait = failure.kind() == TelegramFailure.Kind.TOO_MANY_REQUESTS ? failure.retryAfter()
                : Duration.ofMillis(backoffMillis);
        log.warn("Telegram {} to chat {} failed: {} {}; try {} of {} in {} ms", name, chat, failure.errorCode(),
                failure.description(), next, limits.maxTries(), wait.toMillis());
        return wait;
    }

    private <T> Sent<T> gaveUp(String name, String chat, TelegramFailure failure, int tries) {
        log.error("Telegram {} to chat {} not delivered after {} tries: {} {}", name, chat, tries, failure.errorCode(),
                failure.description());
        metrics.gaveUp();
        return Sent.not(Outcome.GAVE_UP);
    }

    /** The call reached Telegram, so it is done: sending it again would post the message again. */
    private <T> Sent<T> answeredUnreadably(String name, String chat, TelegramFailure failure, boolean moved) {
        log.warn("Telegram {} to chat {} answered in a form we cannot read ({}): taken as done, not sent again", name,
                chat, failure.description());
        if (isSend(name)) {
            metrics.sent(name);
        }
        return Sent.not(moved ? Outcome.DELIVERED_AFTER_MIGRATION : Outcome.DELIVERED);
    }

    private <T> Sent<T> chatGone(String name, String chat, Optional<Long> chatId, TelegramFailure failure) {
        log.info("Telegram {} to chat {}: chat is gone: {} {}", name, chat, failure.errorCode(), failure.description());
        chatId.ifPresent(gone -> events.publishEvent(new ChatGone(gone, failure.description())));
        return Sent.not(Outcome.CHAT_GONE);
    }

    private <T> Sent<T> refused(String name, String chat, TelegramFailure failure) {
        log.warn("Telegram {} to chat {} refused: {} {}", name, chat, failure.errorCode(), failure.description());
        return Sent.not(Outcome.REFUSED);
    }

    /** Publishes the move and returns the same call addressed to the supergroup, or null if it has no chat. */
    private <T extends Serializable> BotApiMethod<T> migrated(BotApiMethod<T> method, TelegramFailure failure) {
        long to = failure.migrateToChatId();
        Optional<Long> from = chatIdOf(method);
        log.info("Telegram {}: chat {} became supergroup {}; resending there", method.getMethod(), chatOf(method), to);
        from.ifPresent(chat -> events.publishEvent(new ChatMigrated(chat, to)));
        return from.isEmpty() ? null : copy(method, fields -> fields.put("chat_id", String.valueOf(to)));
    }

    /** The same call without markup: tags stripped, entities decoded; null if it carried no marked-up text. */
    private <T extends Serializable> BotApiMethod<T> asPlainText(BotApiMethod<T> method, TelegramFailure failure) {
        log.error("Telegram {} to chat {} refused our markup, resending as plain text: {}", method.getMethod(),
                chatOf(method), failure.description());
        JsonNode fields = JSON.valueToTree(method);
        if (!fields.hasNonNull("text") || !fields.hasNonNull("parse_mode")) {
            return null;
        }
        String text = plainText(fields.get("text").asText());
        return copy(method, copied -> {
            copied.remove("parse_mode");
            copied.remove("entities");
            copied.put("text", text);
        });
    }

    static String plainText(String html) {
        return StringEscapeUtils.unescapeHtml4(html.replaceAll("<[^>]*>", ""));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> BotApiMethod<T> copy(BotApiMethod<T> method,
            java.util.function.Consumer<ObjectNode> change) {
        ObjectNode fields = JSON.valueToTree(method);
        change.accept(fields);
        try {
            return JSON.treeToValue(fields, method.getClass());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException unreadable) {
            log.error("Telegram {} could not be copied for a resend ({})", method.getMethod(),
                    unreadable.getClass().getSimpleName());
            return null;
        }
    }

    private static String chatOf(BotApiMethod<?> method) {
        // the common call, read directly: a JSON tree of every message costs a broadcast a share of its CPU
        if (method instanceof SendMessage message) {
            return message.getChatId() == null ? "" : message.getChatId();
        }
        return JSON.valueToTree(method).path("chat_id").asText("");
    }

    private static Optional<Long> chatIdOf(BotApiMethod<?> method) {
        try {
            return Optional.of(Long.parseLong(chatOf(method)));
        } catch (NumberFormatException channelName) {
            return Optional.empty();
        }
    }
}
