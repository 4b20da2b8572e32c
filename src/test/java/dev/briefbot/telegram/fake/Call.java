package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One request the bot made: the method by its documented name and the parameters however they were sent. */
public record Call(String method, JsonNode params, Instant at) {

    public String param(String name) {
        return params.path(name).asText();
    }

    public long chatId() {
        return params.path("chat_id").asLong();
    }
}
