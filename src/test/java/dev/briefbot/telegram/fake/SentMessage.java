package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A message the bot sent with {@code sendMessage}: {@code text} is exactly what it sent, HTML included. */
public record SentMessage(long chatId, long messageId, String text, JsonNode params, Instant at) {

    public String parseMode() {
        return params.path("parse_mode").asText("");
    }

    /** The {@code callback_data} of its inline buttons, row by row. */
    public List<String> callbackData() {
        return params.path("reply_markup").findValuesAsText("callback_data");
    }
}
