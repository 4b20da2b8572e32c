package dev.briefbot.telegram.sending;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed Bot API call means for the sender, read from Telegram's error code, description and parameters.
 * {@code description} is safe to log: Telegram's own words, or the exception types of a network error, never an
 * exception message (TelegramBots puts the URL, token included, into some of those).
 */
record TelegramFailure(Kind kind, int errorCode, String description, Duration retryAfter, Long migrateToChatId) {

    enum Kind {
        /** 429: wait {@code retryAfter}, then try again. */
        TOO_MANY_REQUESTS,
        /** 5xx or no answer at all (a page that is not JSON counts as none): back off and try again. */
        TRANSIENT,
        /**
         * An answer in JSON that TelegramBots cannot read (a field of an unexpected type or size; never seen from
         * Telegram itself, met with an emulator): the call reached the Bot API, so trying again would repeat it.
         */
        UNREADABLE_ANSWER,
        /** 403, or 400 "chat not found": nothing more is sent there. */
        CHAT_GONE,
        /** 400 with migrate_to_chat_id: the group is now a supergroup under a new id. */
        MIGRATED,
        /** 400 "can't parse entities": our markup is broken. */
        CANNOT_PARSE,
        /** 400 "message is not modified": the edit was already in place. */
        NOT_MODIFIED,
        /** Any other refusal: trying again would get the same answer. */
        REJECTED
    }

    // A bot token, should one ever turn up in a description: digits, a colon, 35 URL-safe characters.
    private static final Pattern TOKEN = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{30,}");

    static TelegramFailure of(TelegramApiException failure) {
        if (failure instanceof TelegramApiRequestException answer && answer.getErrorCode() != null
                && answer.getErrorCode() > 0) {
            return answered(answer.getErrorCode(), redacted(answer.getApiResponse()), answer.getParameters());
        }
        Kind kind = isUnreadableJson(failure) ? Kind.UNREADABLE_ANSWER : Kind.TRANSIENT;
        return new TelegramFailure(kind, 0, typesOf(failure), Duration.ZERO, null);
    }

    /**
     * Whether the body was JSON whose fields Jackson reached but could not take: a mismatch at a path inside the
     * body, or a number too large for its field. A body that is not JSON, or is cut off (JsonParseException), an
     * empty one, or JSON of another shape altogether (a mismatch at the top, no path) is no answer from the Bot API.
     */
    private static boolean isUnreadableJson(Throwable failure) {
        boolean unreadable = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return false;
            }
            unreadable |= cause instanceof InputCoercionException
                    || cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        }
        return unreadable;
    }

    private static TelegramFailure answered(int code, String description, ResponseParameters parameters) {
        Long migrateTo = parameters == null ? null : parameters.getMigrateToChatId();
        Integer retryAfter = parameters == null ? null : parameters.getRetryAfter();
        Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(0, retryAfter));
        return new TelegramFailure(kindOf(code, description, migrateTo), code, description, wait, migrateTo);
    }

    private static Kind kindOf(int code, String description, Long migrateTo) {
        String words = description.toLowerCase(Locale.ROOT);
        if (code == 429) {
            return Kind.TOO_MANY_REQUESTS;
        }
        if (code >= 500) {
            return Kind.TRANSIENT;
        }
        if (code == 403 || code == 400 && words.contains("chat not found")) {
            return Kind.CHAT_GONE;
        }
        if (code == 400 && migrateTo != null) {
            return Kind.MIGRATED;
        }
        if (code == 400 && words.contains("can't parse entities")) {
            return Kind.CANNOT_PARSE;
        }
        if (code == 400 && words.contains("message is not modified")) {
            return Kind.NOT_MODIFIED;
        }
        return Kind.REJECTED;
    }

    // A network failure is described by its exception types only: their messages may carry the URL.
    private static String typesOf(Throwable failure) {
        StringBuilder types = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            types.append(" <- ").append(cause.getClass().getSimpleName());
            failure = cause;
        }
        return types.toString();
    }

    private static String redacted(String description) {
        return description == null ? "" : TOKEN.matcher(description).replaceAll("<token>");
    }
}
