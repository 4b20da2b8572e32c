package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A fake Telegram Bot API on 127.0.0.1: point the client at {@link #baseUrl()} with {@link #token()}, feed updates
 * with {@link #privateMessage} and friends (a file with {@link #document}: getFile and /file/bot<token>/<path> serve
 * it), then look at {@link #sentMessages()} and {@link #calls()}.
 * Knobs: {@link #setLatency}, {@link #enforceRateLimits}, {@link #fail} and {@link #setChatMember}. Once the bot sets
 * a webhook, queued updates are posted to it instead, with its secret, until it deletes it ({@link #webhook}).
 */
public final class FakeBotApi implements AutoCloseable {

    static {
        // Without TCP_NODELAY every small answer waits for the client's delayed ACK (~40 ms): ~25 calls a second.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final BotProfile bot;
    private final Updates shapes;
    private final UpdateQueue updates = new UpdateQueue();
    private final Outbox outbox = new Outbox();
    private final StoredFiles files = new StoredFiles();
    private final WebhookPush webhook;
    private final BotMethods methods;
    private final BotApiHandler handler;
    private final ExecutorService executor;
    private final HttpServer server;

    private FakeBotApi(BotProfile bot) throws IOException {
        this.bot = bot;
        this.shapes = new Updates(json, bot);
        this.webhook = new WebhookPush(json, updates);
        this.methods = new BotMethods(json, shapes, updates, outbox, webhook, files);
        this.handler = new BotApiHandler(json, bot.token(), methods, files);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeBotApi start() {
        return start(BotProfile.briefBot());
    }

    public static FakeBotApi start(BotProfile bot) {
        try {
            return new FakeBotApi(bot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** For TelegramBots: {@code new TelegramUrl("http", "127.0.0.1", fake.port(), false)}. */
    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return bot.token();
    }

    public BotProfile bot() {
        return bot;
    }

    // ---- updates for the bot to poll; each returns the Update as enqueued

    public JsonNode privateMessage(long userId, String text) {
        return enqueue("message", shapes.message(userId, shapes.user(userId), text));
    }

    /** A message in a group (id above -10^12) or supergroup; commands and @mentions get their entities. */
    public JsonNode groupMessage(long chatId, long userId, String text) {
        return enqueue("message", shapes.message(chatId, shapes.user(userId), text));
    }

    public JsonNode replyToBot(long chatId, long userId, String text, long replyToMessageId) {
        ObjectNode message = shapes.message(chatId, shapes.user(userId), text);
        message.set("reply_to_message", botMessage(chatId, replyToMessageId));
        return enqueue("message", message);
    }

    public JsonNode forumTopicMessage(long chatId, long threadId, long userId, String text) {
        return enqueue("message", shapes.forumTopicMessage(chatId, threadId, userId, text));
    }

    /** A group admin posting as the group: from GroupAnonymousBot (1087968824), sender_chat the group. */
    public JsonNode anonymousAdminMessage(long chatId, String text) {
        return enqueue("message", shapes.anonymousAdminMessage(chatId, text));
    }

    /**
     * The user edits a message they sent: {@code sent} is the update (or the message) a method here returned for it;
     * Telegram sends the whole message again, new text and all, as an {@code edited_message}.
     */
    public JsonNode editMessage(JsonNode sent, String newText) {
        JsonNode original = sent.has("message") ? sent.get("message") : sent;
        return enqueue("edited_message", shapes.edited(original, newText));
    }

    /** A file sent in a private chat, its true size declared. */
    public JsonNode privateDocument(long userId, String fileName, String mimeType, byte[] content) {
        return document(userId, userId, fileName, mimeType, content, (long) content.length, null);
    }

    /**
     * A file sent in any chat, kept for getFile and the download.
     *
     * @param declaredSize the size the update and getFile give (null: none), which may be false
     * @param caption      its caption, e.g. "@BriefBot" to address the bot in a group; null for none
     */
    public JsonNode document(long chatId, long userId, String fileName, String mimeType, byte[] content,
            Long declaredSize, String caption) {
        StoredFiles.StoredFile file = files.store(fileName, mimeType, content, declaredSize);
        return enqueue("message", shapes.documentMessage(chatId, shapes.user(userId), file, caption));
    }

    /** A button press on a bot message; the message is the one the bot sent, if it did. */
    public JsonNode callbackQuery(long chatId, long userId, long messageId, String data) {
        ObjectNode query = shapes.callbackQuery(userId, botMessage(chatId, messageId), data);
        methods.openQuery(query.get("id").asText());
        return enqueue("callback_query", query);
    }

    /** An inline query ("@BriefBot shenzhen" typed in a chat), which the bot may answer once. */
    public JsonNode inlineQuery(long userId, String query) {
        ObjectNode inline = shapes.inlineQuery(userId, query);
        methods.openQuery(inline.get("id").asText());
        return enqueue("inline_query", inline);
    }

    /** The bot's own membership changed; made by the user of a private chat, or by user 100 in a group. */
    public JsonNode myChatMember(long chatId, String oldStatus, String newStatus) {
        return myChatMember(chatId, chatId > 0 ? chatId : 100, oldStatus, newStatus);
    }

    public JsonNode myChatMember(long chatId, long byUserId, String oldStatus, String newStatus) {
        return enqueue("my_chat_member", shapes.myChatMember(chatId, byUserId, oldStatus, newStatus));
    }

    // ---- webhook mode: while the bot has a webhook set, queued updates are posted to it as Telegram would

    /** The webhook the bot set (setWebhook) and has not deleted; while one is set, getUpdates answers 409. */
    public Optional<Webhook> webhook() {
        return webhook.current();
    }

    /** A private message as Telegram would post it, not queued: for {@link #postToWebhook} by hand. */
    public JsonNode privateMessageUpdate(long userId, String text) {
        return updates.detached("message", shapes.message(userId, shapes.user(userId), text));
    }

    /**
     * Posts an update to the bot's webhook as Telegram does, but with this secret in X-Telegram-Bot-Api-Secret-Token
     * (no header when null); returns the bot's HTTP status, or -1 when it could not be reached.
     */
    public int postToWebhook(JsonNode update, String secret) {
        return webhook.post(update.toString(), secret);
    }

    /** Posts any body, JSON or not, to the bot's webhook with this secret header (none when null). */
    public int postToWebhook(String body, String secret) {
        return webhook.post(body, secret);
    }

    /** The status codes the bot answered the fake's own webhook posts with, in order. */
    public List<Integer> webhookAnswers() {
        return webhook.answers();
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    public int pendingUpdates() {
        return updates.size();
    }

    // ---- knobs

    /** What getChatMember answers: creator, administrator, member, left or kicked (member by default). */
    public void setChatMember(long chatId, long userId, String status) {
        methods.setStatus(chatId, userId, status);
    }

    public void setLatency(Duration delay) {
        handler.setLatency(delay);
    }

    public void enforceRateLimits(RateLimits limits) {
        handler.limiter().enforce(limits);
    }

    public void stopRateLimits() {
        handler.limiter().enforce(null);
    }

    /** Scripts a fault for calls of {@code method} (any case), e.g. {@code fail("sendMessage", blockedByUser())}. */
    public void fail(String method, Fault fault) {
        handler.faults().add(method, fault);
    }

    public void clearFaults() {
        handler.faults().clear();
    }

    // ---- what the bot did

    public List<Call> calls() {
        return handler.calls();
    }

    public List<Call> calls(String method) {
        return handler.calls().stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    public List<SentMessage> sentMessages() {
        return outbox.sent();
    }

    public List<SentMessage> sentMessagesTo(long chatId) {
        return outbox.sent().stream().filter(message -> message.chatId() == chatId).toList();
    }

    public List<SentDocument> sentDocumentsTo(long chatId) {
        return outbox.documents().stream().filter(document -> document.chatId() == chatId).toList();
    }

    /** Waits until the bot has sent at least {@code count} documents to the chat, and returns them all. */
    public List<SentDocument> awaitDocuments(long chatId, int count, Duration timeout) {
        return awaitAtLeast(() -> sentDocumentsTo(chatId), count, timeout, "documents sent to chat " + chatId);
    }

    /** The files the bot downloaded, by file_path, in order (the "file" calls). */
    public List<String> downloads() {
        return calls("file").stream().map(call -> call.param("file_path")).toList();
    }

    /** A sent message as the chat shows it now, after any edits. */
    public Optional<JsonNode> shownMessage(long chatId, long messageId) {
        return outbox.shown(chatId, messageId).map(JsonNode.class::cast);
    }

    /** Waits until the bot has sent at least {@code count} messages to the chat, and returns them all. */
    public List<SentMessage> awaitSent(long chatId, int count, Duration timeout) {
        return awaitAtLeast(() -> sentMessagesTo(chatId), count, timeout, "messages sent to chat " + chatId);
    }

    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        return awaitAtLeast(() -> calls(method), count, timeout, method + " calls");
    }

    /** Waits until the bot's answer to the inline query was accepted, and returns its parameters. */
    public JsonNode awaitInlineAnswer(String queryId, Duration timeout) {
        return awaitAtLeast(() -> methods.inlineAnswer(queryId).stream().toList(), 1, timeout,
                "accepted answers to inline query " + queryId).get(0);
    }

    /** What Telegram would say of this text in HTML parse mode: empty when it would send it, else the 400. */
    public static Optional<String> htmlProblem(String html) {
        try {
            HtmlParseMode.check(html);
            return Optional.empty();
        } catch (ApiError refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Every 429 answered, from the rate limits or scripted. */
    public int tooManyRequestsCount() {
        return handler.tooManyRequestsCount();
    }

    /** The allowed_updates of the last getUpdates that set them; empty means the default. */
    public List<String> allowedUpdates() {
        return methods.allowedUpdates();
    }

    /** The bot's command list as last set with setMyCommands. */
    public JsonNode commands() {
        return methods.commands();
    }

    @Override
    public void close() {
        webhook.close();
        updates.close();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- helpers

    private ObjectNode botMessage(long chatId, long messageId) {
        return outbox.shown(chatId, messageId).orElseGet(() -> shapes.unknownBotMessage(chatId, messageId));
    }

    private ObjectNode enqueue(String kind, ObjectNode payload) {
        return updates.add(kind, payload);
    }

    private static <T> List<T> awaitAtLeast(Supplier<List<T>> found, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<T> seen = found.get();
        while (seen.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = found.get();
        }
        if (seen.size() < count) {
            throw new AssertionError("expected at least " + count + " " + what + " within " + timeout
                    + ", got " + seen.size() + ": " + seen);
        }
        return seen;
    }
}
