package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The messages the bot sent, in order, and each one as the chat shows it now, after edits. */
final class Outbox {

    private record Key(long chatId, long messageId) {
    }

    /** A message as shown, with the raw text and markup it was last sent or edited with. */
    private record Shown(String rawText, JsonNode markup, ObjectNode message) {
    }

    private final List<SentMessage> sent = new ArrayList<>();
    private final List<SentDocument> documents = new ArrayList<>();
    private final Map<Key, Shown> shown = new HashMap<>();

    synchronized void add(ObjectNode message, String rawText, JsonNode params) {
        long chatId = message.path("chat").path("id").asLong();
        long messageId = message.path("message_id").asLong();
        sent.add(new SentMessage(chatId, messageId, rawText, params, Instant.now()));
        shown.put(new Key(chatId, messageId), new Shown(rawText, params.path("reply_markup"), message));
    }

    synchronized void addDocument(SentDocument document) {
        documents.add(document);
    }

    synchronized List<SentDocument> documents() {
        return List.copyOf(documents);
    }

    synchronized List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    synchronized Optional<ObjectNode> shown(long chatId, long messageId) {
        return Optional.ofNullable(shown.get(new Key(chatId, messageId))).map(Shown::message);
    }

    /** The message as shown after an edit, its entities set: the text and markup stay those of the edit. */
    synchronized void reshow(ObjectNode message) {
        Key key = new Key(message.path("chat").path("id").asLong(), message.path("message_id").asLong());
        Shown before = shown.get(key);
        shown.put(key, new Shown(before.rawText(), before.markup(), message.deepCopy()));
    }

    /** Edits a message as Telegram would, refusing an unknown message or an edit that changes nothing. */
    synchronized ObjectNode edit(long chatId, long messageId, String rawText, String visibleText, JsonNode markup) {
        Key key = new Key(chatId, messageId);
        Shown before = shown.get(key);
        if (before == null) {
            throw ApiError.badRequest("message to edit not found");
        }
        String newRaw = rawText == null ? before.rawText() : rawText;
        if (newRaw.equals(before.rawText()) && Objects.equals(markup, before.markup())) {
            throw Fault.messageNotModified().toError();
        }
        ObjectNode message = before.message().deepCopy();
        if (visibleText != null) {
            message.put("text", visibleText);
        }
        message.remove("reply_markup");
        if (markup.has("inline_keyboard")) {
            message.set("reply_markup", markup);
        }
        message.put("edit_date", Instant.now().getEpochSecond());
        shown.put(key, new Shown(newRaw, markup, message));
        return message;
    }
}
