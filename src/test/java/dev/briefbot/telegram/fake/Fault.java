package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;

/**
 * A scripted failure, as Telegram words it. One-shot unless {@link #times(int)} or {@link #always()}; for every
 * chat unless {@link #inChat(long)}. A fault with a {@code hold} answers nothing: it waits, then drops the connection.
 * A fault's {@code body} may answer in what is no Bot API envelope, as an emulator or a proxy in front of it does.
 */
public record Fault(int errorCode, String description, Map<String, Long> parameters, Duration hold, Long chatId,
        int times, Body body) {

    /** What the fault answers with. */
    public enum Body {
        /** Telegram's error envelope (or nothing, with a {@code hold}). */
        ERROR,
        /** The call is performed, and its result answered with {@code date} in milliseconds, not seconds. */
        MILLISECOND_DATES,
        /** An HTML error page, as a proxy in front of the Bot API sends, with the fault's status. */
        HTML_PAGE
    }

    public Fault(int errorCode, String description, Map<String, Long> parameters, Duration hold, Long chatId,
            int times) {
        this(errorCode, description, parameters, hold, chatId, times, Body.ERROR);
    }

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

    /**
     * The call goes through (a message is sent), but the answer is one TelegramBots cannot read: telegram-test-api's,
     * whose {@code date} is in milliseconds, too large for the library's 32-bit field.
     */
    public static Fault answeredUnreadably() {
        return new Fault(0, "", Map.of(), null, null, 1, Body.MILLISECOND_DATES);
    }

    /** A 502 answered with nginx's HTML page, by a proxy that could not reach the Bot API: the call was not made. */
    public static Fault htmlErrorPage() {
        return new Fault(502, "Bad Gateway", Map.of(), null, null, 1, Body.HTML_PAGE);
    }

    public Fault inChat(long chat) {
        return new Fault(errorCode, description, parameters, hold, chat, times, body);
    }

    public Fault times(int count) {
        return new Fault(errorCode, description, parameters, hold, chatId, count, body);
    }

    public Fault always() {
        return times(Integer.MAX_VALUE);
    }

    boolean dropsConnection() {
        return hold != null;
    }

    /** Whether the call is performed as usual, and only its answer spoiled. */
    boolean performsCall() {
        return body == Body.MILLISECOND_DATES;
    }

    /** The result as this fault answers it: a copy, so what the fake keeps of a sent message is untouched. */
    JsonNode answered(JsonNode result) {
        if (body != Body.MILLISECOND_DATES || !result.has("date")) {
            return result;
        }
        ObjectNode spoiled = (ObjectNode) result.deepCopy();
        return spoiled.put("date", result.get("date").asLong() * 1000);
    }

    ApiError toError() {
        return new ApiError(errorCode, description, parameters);
    }

    private static Fault error(int code, String description) {
        return new Fault(code, description, Map.of(), null, null, 1, Body.ERROR);
    }
}
