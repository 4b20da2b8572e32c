package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Bot API methods the fake serves: what each checks in its parameters and what it answers. */
final class BotMethods {

    static final List<String> NAMES = List.of("getMe", "deleteWebhook", "setWebhook", "getWebhookInfo",
            "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage",
            "answerCallbackQuery", "answerInlineQuery", "setMyCommands", "deleteMyCommands", "getMyCommands",
            "getChatMember", "getChat", "sendChatAction", "getFile", "sendDocument");

    private static final Set<String> TEXT_METHODS = Set.of("sendMessage", "editMessageText");

    private record Member(long chatId, long userId) {
    }

    private final ObjectMapper json;
    private final Updates shapes;
    private final UpdateQueue updates;
    private final Outbox outbox;
    private final Map<Member, String> statuses = new ConcurrentHashMap<>();
    private final Set<String> openQueries = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> inlineAnswers = new ConcurrentHashMap<>();
    private final WebhookPush webhook;
    private volatile List<String> allowedUpdates = List.of();
    private volatile JsonNode commands;

    private final StoredFiles files;

    BotMethods(ObjectMapper json, Updates shapes, UpdateQueue updates, Outbox outbox, WebhookPush webhook,
            StoredFiles files) {
        this.files = files;
        this.json = json;
        this.shapes = shapes;
        this.updates = updates;
        this.outbox = outbox;
        this.webhook = webhook;
        this.commands = json.createArrayNode();
    }

    /** The documented spelling of a method name in any case, as Telegram matches them. */
    static Optional<String> canonicalName(String requested) {
        return NAMES.stream().filter(name -> name.equalsIgnoreCase(requested)).findFirst();
    }

    /** Refuses what Telegram refuses before it sends anything: bad HTML, long texts, oversized button data. */
    void validate(String method, ObjectNode params) {
        if (TEXT_METHODS.contains(method) && !params.has("inline_message_id")) {
            requireChatId(params);
        }
        if (TEXT_METHODS.contains(method)) {
            checkText(params.path("text").asText(""), params.path("parse_mode").asText(""));
        }
        if (method.equals("answerInlineQuery")) {
            checkInlineResults(params.path("results"));
            for (JsonNode result : params.path("results")) {
                JsonNode content = result.path("input_message_content");
                if (content.has("message_text")) {
                    checkText(content.get("message_text").asText(), content.path("parse_mode").asText(""));
                }
            }
        }
        for (String data : params.findValuesAsText("callback_data")) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        }
    }

    JsonNode perform(String method, ObjectNode params) throws InterruptedException {
        return switch (method) {
            case "getMe" -> shapes.getMe();
            case "deleteWebhook" -> deleteWebhook(params);
            case "setWebhook" -> setWebhook(params);
            case "getWebhookInfo" -> json.createObjectNode()
                    .put("url", webhook.current().map(Webhook::url).orElse(""))
                    .put("has_custom_certificate", false).put("pending_update_count", updates.size());
            case "getUpdates" -> getUpdates(params);
            case "sendMessage" -> sendMessage(params);
            case "editMessageText", "editMessageReplyMarkup" -> editMessage(method, params);
            case "answerCallbackQuery" -> answerCallbackQuery(params);
            case "setMyCommands" -> setCommands(params.path("commands"));
            case "deleteMyCommands" -> setCommands(json.createArrayNode());
            case "getMyCommands" -> commands;
            case "getChatMember" -> getChatMember(params);
            case "getChat" -> shapes.chatFullInfo(requireChatId(params));
            case "answerInlineQuery" -> answerInlineQuery(params);
            case "deleteMessage", "sendChatAction" -> BooleanNode.TRUE;
            case "getFile" -> getFile(params);
            case "sendDocument" -> sendDocument(params);
            default -> throw ApiError.notFound();
        };
    }

    void setStatus(long chatId, long userId, String status) {
        shapes.chatMember(shapes.user(userId), status); // fails fast on a status Telegram does not have
        statuses.put(new Member(chatId, userId), status);
    }

    /** The answer Telegram accepted for an inline query: its parameters, results and all. */
    Optional<JsonNode> inlineAnswer(String queryId) {
        return Optional.ofNullable(inlineAnswers.get(queryId));
    }

    /** A callback or inline query the bot may answer once, as Telegram allows. */
    void openQuery(String queryId) {
        openQueries.add(queryId);
    }

    List<String> allowedUpdates() {
        return allowedUpdates;
    }

    JsonNode commands() {
        return commands;
    }

    private JsonNode deleteWebhook(ObjectNode params) {
        webhook.clear();
        if (params.path("drop_pending_updates").asBoolean(false)) {
            updates.clear();
        }
        return BooleanNode.TRUE;
    }

    /** An empty url removes the webhook, as in Telegram; the secret must be what Telegram accepts. */
    private JsonNode setWebhook(ObjectNode params) {
        String url = params.path("url").asText("");
        String secret = params.path("secret_token").asText("");
        if (url.isEmpty()) {
            webhook.clear();
            return BooleanNode.TRUE;
        }
        if (!secret.matches("[A-Za-z0-9_-]{0,256}")) {
            throw ApiError.badRequest("secret token contains unallowed characters");
        }
        webhook.set(new Webhook(url, secret, kinds(params.path("allowed_updates"))));
        return BooleanNode.TRUE;
    }

    private JsonNode getUpdates(ObjectNode params) throws InterruptedException {
        if (webhook.current().isPresent()) {
            throw ApiError.conflict("can't use getUpdates method while webhook is active; use deleteWebhook to "
                    + "delete the webhook first");
        }
        if (params.has("allowed_updates")) {
            allowedUpdates = kinds(params.get("allowed_updates"));
        }
        Long offset = params.has("offset") ? params.get("offset").asLong() : null;
        int limit = params.path("limit").asInt(100);
        int timeout = Math.max(0, params.path("timeout").asInt(0));
        return json.valueToTree(updates.take(offset, limit < 1 || limit > 100 ? 100 : limit,
                Duration.ofSeconds(timeout), allowedUpdates));
    }

    private static List<String> kinds(JsonNode allowedUpdates) {
        List<String> kinds = new ArrayList<>();
        allowedUpdates.forEach(kind -> kinds.add(kind.asText()));
        return List.copyOf(kinds);
    }

    private JsonNode sendMessage(ObjectNode params) {
        String text = params.path("text").asText();
        HtmlParseMode.Parsed shown = shown(text, params);
        ObjectNode message = shapes.botMessage(requireChatId(params), params, shown.text());
        shapes.setEntities(message, shown.entities());
        outbox.add(message, text, params);
        return message;
    }

    /** Where a file is kept, for the bot to download from /file/bot<token>/<file_path>. */
    private JsonNode getFile(ObjectNode params) {
        StoredFiles.StoredFile file = files.byId(params.path("file_id").asText())
                .orElseThrow(() -> ApiError.badRequest("invalid file_id"));
        ObjectNode answer = json.createObjectNode().put("file_id", file.fileId())
                .put("file_unique_id", file.uniqueId()).put("file_path", file.path());
        if (file.declaredSize() != null) {
            answer.put("file_size", file.declaredSize());
        }
        return answer;
    }

    /**
     * A file the bot uploads: a multipart file part, named by the document field ({@code attach://<part>}, as
     * TelegramBots sends it) or named "document" itself; recorded with its name and bytes.
     */
    private JsonNode sendDocument(ObjectNode params) {
        long chatId = requireChatId(params);
        JsonNode document = params.path("document");
        if (document.isTextual() && document.asText().startsWith("attach://")) {
            document = params.path(document.asText().substring("attach://".length()));
        }
        if (!document.has("content")) {
            throw ApiError.badRequest("there is no document in the request");
        }
        byte[] content;
        try {
            content = document.get("content").binaryValue();
        } catch (java.io.IOException unreadable) {
            throw ApiError.badRequest("wrong file");
        }
        String fileName = document.path("file_name").asText();
        ObjectNode message = shapes.botMessage(chatId, params, "");
        message.remove("text");
        message.putObject("document").put("file_id", "sent-" + message.path("message_id").asLong())
                .put("file_unique_id", "sent").put("file_name", fileName).put("file_size", content.length);
        ObjectNode recorded = params.deepCopy();
        recorded.remove("document");
        recorded.remove(fileName);
        outbox.addDocument(new SentDocument(chatId, message.path("message_id").asLong(), fileName, content, recorded,
                java.time.Instant.now()));
        return message;
    }

    private JsonNode editMessage(String method, ObjectNode params) {
        if (params.has("inline_message_id")) {
            return BooleanNode.TRUE;
        }
        boolean newText = method.equals("editMessageText");
        String text = newText ? params.path("text").asText() : null;
        HtmlParseMode.Parsed shown = newText ? shown(text, params) : null;
        ObjectNode edited = outbox.edit(requireChatId(params), params.path("message_id").asLong(), text,
                newText ? shown.text() : null, params.path("reply_markup"));
        if (newText) {
            shapes.setEntities(edited, shown.entities());
            outbox.reshow(edited);
        }
        return edited;
    }

    private JsonNode answerCallbackQuery(ObjectNode params) {
        if (!openQueries.remove(params.path("callback_query_id").asText())) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        return BooleanNode.TRUE;
    }

    private JsonNode answerInlineQuery(ObjectNode params) {
        String queryId = params.path("inline_query_id").asText();
        if (!openQueries.remove(queryId)) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        inlineAnswers.put(queryId, params);
        return BooleanNode.TRUE;
    }

    /** Telegram's rules for inline results: at most 50, ids of 1-64 bytes and unique, articles titled. */
    private static void checkInlineResults(JsonNode results) {
        if (results.size() > 50) {
            throw ApiError.badRequest("RESULTS_TOO_MUCH");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText("");
            int bytes = id.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw ApiError.badRequest("RESULT_ID_INVALID");
            }
            if (!ids.add(id)) {
                throw ApiError.badRequest("RESULT_ID_DUPLICATE");
            }
            if (result.path("type").asText().equals("article") && result.path("title").asText("").isBlank()) {
                throw ApiError.badRequest("ARTICLE_TITLE_EMPTY");
            }
        }
    }

    private JsonNode setCommands(JsonNode newCommands) {
        commands = newCommands;
        return BooleanNode.TRUE;
    }

    private JsonNode getChatMember(ObjectNode params) {
        long chatId = requireChatId(params);
        long userId = params.path("user_id").asLong();
        String status = statuses.getOrDefault(new Member(chatId, userId), "member");
        return shapes.chatMember(shapes.user(userId), status);
    }

    private static void checkText(String text, String parseMode) {
        if (parseMode.equalsIgnoreCase("HTML")) {
            HtmlParseMode.check(text);
        } else if (text.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        } else if (text.length() > HtmlParseMode.MAX_TEXT_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
    }

    private static HtmlParseMode.Parsed shown(String text, ObjectNode params) {
        return params.path("parse_mode").asText("").equalsIgnoreCase("HTML") ? HtmlParseMode.parsed(text)
                : new HtmlParseMode.Parsed(text, List.of());
    }

    private static long requireChatId(ObjectNode params) {
        JsonNode chatId = params.path("chat_id");
        if (chatId.isMissingNode() || chatId.asText().isEmpty()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        if (chatId.asLong() == 0) {
            throw ApiError.badRequest("chat not found");
        }
        return chatId.asLong();
    }
}
