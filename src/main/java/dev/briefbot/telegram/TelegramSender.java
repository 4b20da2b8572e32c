package dev.briefbot.telegram;

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
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram: every call goes through {@link #execute}. Telegram's limits, retries and the meaning
 * of its errors live here and nowhere else: a 429 waits {@code retry_after}, a server or network error backs off, a
 * gone chat is published as {@link ChatGone}, a migrated group as {@link ChatMigrated} and resent there, broken
 * markup is resent as plain text. Logs name the method, chat, error code and Telegram's description, never an
 * exception message, so the token cannot leak through a URL.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only an answer the library cannot start to read (its callback throws, the call never completes) waits this
     * long: other calls end within OkHttp's own 10 s timeouts, and long polls do not come through here.
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Set<String> UNLIMITED_SENDS = Set.of("sendchataction");
    private static final Set<String> OTHER_SENDS = Set.of("copymessage", "copymessages", "forwardmessage",
            "forwardmessages", "stoppoll");

    private final TelegramClient client;
    private final ApplicationEventPublisher events;
    private final SendLimits limits;
    private final SendClock clock;
    private final SendRateLimiter limiter;
    private final TelegramMetrics metrics;

    /** What became of a call: a caller that must act on the difference (the outbox) asks {@link #send}. */
    enum Outcome {
        /** Telegram took it (or, for an edit, it was already in place; or it answered in a form we cannot read). */
        DELIVERED,
        /** The group had become a supergroup: published as {@link ChatMigrated}, then delivered there. */
        DELIVERED_AFTER_MIGRATION,
        /** The chat is gone: published as {@link ChatGone}; nothing more should be sent there. */
        CHAT_GONE,
        /** A server or network error, or 429s, outlasted every try: worth trying again later. */
        GAVE_UP,
        /** Telegram refused the call itself: the same call would be refused again. */
        REFUSED,
        /** The sender's thread was interrupted: the call may or may not have reached Telegram. */
        STOPPED
    }

    /** A call's outcome, and Telegram's answer if it was delivered. */
    record Sent<T>(Outcome outcome, Optional<T> result) {

        static <T> Sent<T> not(Outcome outcome) {
            return new Sent<>(outcome, Optional.empty());
        }

        /** Whether it reached the chat, even when Telegram's answer could not be read. */
        boolean delivered() {
            return outcome == Outcome.DELIVERED || outcome == Outcome.DELIVERED_AFTER_MIGRATION;
        }
    }

    /** A sender at these limits, publishing {@link ChatGone} and {@link ChatMigrated}, counting nothing. */
    TelegramSender(TelegramClient client, ApplicationEventPublisher events, SendLimits limits) {
        this(client, events, limits, TelegramMetrics.discarded());
    }

    /** As above, counting what it sends and what fails in {@code metrics}. */
    TelegramSender(TelegramClient client, ApplicationEventPublisher events, SendLimits limits,
            TelegramMetrics metrics) {
        this(client, events, limits, SendClock.scaled(limits.timeScale()), metrics);
    }

    TelegramSender(TelegramClient client, ApplicationEventPublisher events, SendLimits limits, SendClock clock,
            TelegramMetrics metrics) {
        this.client = client;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
        this.limiter = new SendRateLimiter(limits, clock);
        this.metrics = metrics;
    }

    /**
     * Executes one Bot API call, waiting as Telegram's limits require; empty when it could not be delivered
     * (the chat is gone, or retries ran out), which has been logged and, for a gone chat, published as an event.
     * Empty too for an edit that changed nothing, and for an answer that could not be read, which are not failures.
     */
    public <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        return send(method).result();
    }

    /**
     * One try, waited for at most {@code wait}, for a call that must not hold up a stop: no retry, no rate limit (a
     * poll is not counted). Empty when it failed, which is logged.
     */
    <T extends Serializable> Optional<T> once(BotApiMethod<T> method, Duration wait) {
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

    /** As {@link #execute}, telling also why a call was not delivered. */
    <T extends Serializable> Sent<T> send(BotApiMethod<T> method) {
        try {
            return deliver(method);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            log.info("Telegram {} to chat {} abandoned: the sender was stopped", method.getMethod(), chatOf(method));
            return Sent.not(Outcome.STOPPED);
        }
    }

    private <T extends Serializable> Sent<T> deliver(BotApiMethod<T> first) throws InterruptedException {
        BotApiMethod<T> method = first;
        boolean resent = false;
        boolean moved = false;
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
                        return gaveUp(method, failure, attempt);
                    }
                    clock.sleep(waitBeforeRetry(method, failure, attempt + 1));
                }
                case CHAT_GONE -> {
                    return chatGone(method, failure);
                }
                case MIGRATED -> {
                    BotApiMethod<T> supergroup = resent ? null : migrated(method, failure);
                    if (supergroup == null) {
                        return refused(method, failure);
                    }
                    method = supergroup;
                    resent = true;
                    moved = true;
                }
                case CANNOT_PARSE -> {
                    BotApiMethod<T> plain = resent ? null : asPlainText(method, failure);
                    if (plain == null) {
                        return refused(method, failure);
                    }
                    method = plain;
                    resent = true;
                }
                case UNREADABLE_ANSWER -> {
                    return answeredUnreadably(method, failure, moved);
                }
                case NOT_MODIFIED -> {
                    log.debug("Telegram {} to chat {}: message was already as edited", method.getMethod(),
                            chatOf(method));
                    return Sent.not(Outcome.DELIVERED);
                }
                default -> {
                    return refused(method, failure);
                }
            }
        }
    }

    /**
     * One call, waited for at most {@code timeout}. The library's own {@code execute} waits forever when it cannot
     * read a response (its callback throws and the future never completes), as with a non-Bot-API error page.
     */
    private <T extends Serializable> T call(BotApiMethod<T> method, Duration timeout) throws TelegramApiException,
            InterruptedException {
        CompletableFuture<T> pending = client.executeAsync(method);
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof TelegramApiException answer) {
                throw answer;
            }
            throw new TelegramApiException("Telegram " + method.getMethod() + " failed", failed.getCause());
        } catch (TimeoutException silent) {
            pending.cancel(true);
            throw new TelegramApiException("Telegram " + method.getMethod() + " gave no readable answer in "
                    + timeout.toMillis() + " ms");
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

    private Duration waitBeforeRetry(BotApiMethod<?> method, TelegramFailure failure, int next) {
        Duration wait = failure.kind() == TelegramFailure.Kind.TOO_MANY_REQUESTS ? failure.retryAfter()
                : limits.backoffBefore(next);
        log.warn("Telegram {} to chat {} failed: {} {}; try {} of {} in {} ms", method.getMethod(), chatOf(method),
                failure.errorCode(), failure.description(), next, limits.maxTries(), wait.toMillis());
        return wait;
    }

    private <T> Sent<T> gaveUp(BotApiMethod<?> method, TelegramFailure failure, int tries) {
        log.error("Telegram {} to chat {} not delivered after {} tries: {} {}", method.getMethod(), chatOf(method),
                tries, failure.errorCode(), failure.description());
        metrics.gaveUp();
        return Sent.not(Outcome.GAVE_UP);
    }

    /** The call reached Telegram, so it is done: sending it again would post the message again. */
    private <T> Sent<T> answeredUnreadably(BotApiMethod<?> method, TelegramFailure failure, boolean moved) {
        log.warn("Telegram {} to chat {} answered in a form we cannot read ({}): taken as done, not sent again",
                method.getMethod(), chatOf(method), failure.description());
        if (isSend(method.getMethod())) {
            metrics.sent(method.getMethod());
        }
        return Sent.not(moved ? Outcome.DELIVERED_AFTER_MIGRATION : Outcome.DELIVERED);
    }

    private <T> Sent<T> chatGone(BotApiMethod<?> method, TelegramFailure failure) {
        log.info("Telegram {} to chat {}: chat is gone: {} {}", method.getMethod(), chatOf(method),
                failure.errorCode(), failure.description());
        chatIdOf(method).ifPresent(chat -> events.publishEvent(new ChatGone(chat, failure.description())));
        return Sent.not(Outcome.CHAT_GONE);
    }

    private <T> Sent<T> refused(BotApiMethod<?> method, TelegramFailure failure) {
        log.warn("Telegram {} to chat {} refused: {} {}", method.getMethod(), chatOf(method), failure.errorCode(),
                failure.description());
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
