package dev.briefbot.telegram.fake;

import java.time.Duration;
import java.util.Map;

/**
 * A scripted failure, as Telegram words it. One-shot unless {@link #times(int)} or {@link #always()}; for every
 * chat unless {@link #inChat(long)}. A fault with a {@code hold} answers nothing: it waits, then drops the connection.
 */
public record Fault(int errorCode, String description, Map<String, Long> parameters, Duration hold, Long chatId,
        int times) {

    public static Fault serverError() {
        return error(500, "Internal Server Error");
    }

    public static Fault badGateway() {
        return error(502, "Bad Gateway");
    }

    /** Holds the request longer than the client waits, then drops the connection. */
    public static Fault timeout(Duration hold) {
        return new Fault(0, "", Map.of(), hold, null, 1);
    }

    public static Fault dropConnection() {
        return timeout(Duration.ZERO);
    }

    public static Fault blockedByUser() {
        return error(403, "Forbidden: bot was blocked by the user");
    }

    public static Fault kickedFromGroup() {
        return error(403, "Forbidden: bot was kicked from the group chat");
    }

    public static Fault chatNotFound() {
        return error(400, "Bad Request: chat not found");
    }

    public static Fault migratedTo(long supergroupId) {
        return new Fault(400, "Bad Request: group chat was upgraded to a supergroup chat",
                Map.of("migrate_to_chat_id", supergroupId), null, null, 1);
    }

    public static Fault conflict() {
        return error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
                + "is running");
    }

    public static Fault tooManyRequests(long retryAfterSeconds) {
        return new Fault(429, "Too Many Requests: retry after " + retryAfterSeconds,
                Map.of("retry_after", retryAfterSeconds), null, null, 1);
    }

    public static Fault messageNotModified() {
        return error(400, "Bad Request: message is not modified: specified new message content and reply markup "
                + "are exactly the same as a current content and reply markup of the message");
    }

    public Fault inChat(long chat) {
        return new Fault(errorCode, description, parameters, hold, chat, times);
    }

    public Fault times(int count) {
        return new Fault(errorCode, description, parameters, hold, chatId, count);
    }

    public Fault always() {
        return times(Integer.MAX_VALUE);
    }

    boolean dropsConnection() {
        return hold != null;
    }

    ApiError toError() {
        return new ApiError(errorCode, description, parameters);
    }

    private static Fault error(int code, String description) {
        return new Fault(code, description, Map.of(), null, null, 1);
    }
}
