package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A file the bot sent with {@code sendDocument}: its name and bytes exactly as they came in the multipart body. */
public record SentDocument(long chatId, long messageId, String fileName, byte[] content, JsonNode params,
                           Instant at) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
