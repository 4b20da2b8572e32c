package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's objects as the Bot API serialises them: users, chats, messages with their entities, callback and
 * inline queries, chat members. Ids below -10^12 are supergroups, other negative ids basic groups, as in Telegram.
 */
final class Updates {

    static final long GROUP_ANONYMOUS_BOT = 1087968824L;

    private static final long SUPERGROUP_IDS_BELOW = -1_000_000_000_000L;
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_@/])@[A-Za-z0-9_]{4,32}");

    private final ObjectMapper json;
    private final BotProfile bot;
    private final Map<Long, AtomicLong> messageIds = new ConcurrentHashMap<>();
    private final AtomicLong queryIds = new AtomicLong(4_000_000_000_000_000_000L);

    Updates(ObjectMapper json, BotProfile bot) {
        this.json = json;
        this.bot = bot;
    }

    /** Message ids rise per chat, shared by what users post and what the bot sends, as in Telegram. */
    long nextMessageId(long chatId) {
        return messageIds.computeIfAbsent(chatId, id -> new AtomicLong()).incrementAndGet();
    }

    ObjectNode user(long userId) {
        return json.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "User" + userId)
                .put("username", "user" + userId).put("language_code", "en");
    }

    ObjectNode botUser() {
        return json.createObjectNode().put("id", bot.id()).put("is_bot", true).put("first_name", bot.firstName())
                .put("username", bot.username());
    }

    ObjectNode getMe() {
        return botUser().put("can_join_groups", bot.canJoinGroups()).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", bot.supportsInlineQueries()).put("can_connect_to_business", false)
                .put("has_main_web_app", false);
    }

    ObjectNode chat(long chatId) {
        ObjectNode chat = json.createObjectNode().put("id", chatId);
        if (chatId > 0) {
            return chat.put("type", "private").put("first_name", "User" + chatId).put("username", "user" + chatId);
        }
        return chat.put("type", chatId < SUPERGROUP_IDS_BELOW ? "supergroup" : "group").put("title", "Group " + chatId);
    }

    /** What {@code getChat} answers: a ChatFullInfo with the fields the Bot API always sends. */
    ObjectNode chatFullInfo(long chatId) {
        ObjectNode info = chat(chatId).put("accent_color_id", 0).put("max_reaction_count", 11);
        info.putObject("accepted_gift_types").put("unlimited_gifts", false).put("limited_gifts", false)
                .put("unique_gifts", false).put("premium_subscription", false);
        return info;
    }

    ObjectNode message(long chatId, ObjectNode from, String text) {
        ObjectNode message = json.createObjectNode().put("message_id", nextMessageId(chatId));
        message.set("from", from);
        message.set("chat", chat(chatId));
        message.put("date", now()).put("text", text);
        ArrayNode entities = entities(text);
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    ObjectNode forumTopicMessage(long chatId, long threadId, long userId, String text) {
        ObjectNode message = message(chatId, user(userId), text);
        ((ObjectNode) message.get("chat")).put("is_forum", true);
        message.put("message_thread_id", threadId).put("is_topic_message", true);
        // Telegram makes every topic message a reply to the topic's creation message: not a reply to the bot.
        ObjectNode created = json.createObjectNode().put("message_id", threadId);
        created.set("from", user(userId));
        created.set("chat", message.get("chat"));
        created.put("date", now()).put("message_thread_id", threadId).put("is_topic_message", true);
        created.putObject("forum_topic_created").put("name", "Topic " + threadId).put("icon_color", 7322096);
        message.set("reply_to_message", created);
        return message;
    }

    /** A message carrying a file, with its caption (and the caption's mentions) if any. */
    ObjectNode documentMessage(long chatId, ObjectNode from, StoredFiles.StoredFile file, String caption) {
        ObjectNode message = json.createObjectNode().put("message_id", nextMessageId(chatId));
        message.set("from", from);
        message.set("chat", chat(chatId));
        message.put("date", now());
        ObjectNode document = message.putObject("document").put("file_id", file.fileId())
                .put("file_unique_id", file.uniqueId());
        if (file.fileName() != null) {
            document.put("file_name", file.fileName());
        }
        if (file.mimeType() != null) {
            document.put("mime_type", file.mimeType());
        }
        if (file.declaredSize() != null) {
            document.put("file_size", file.declaredSize());
        }
        if (caption != null) {
            message.put("caption", caption);
            ArrayNode entities = entities(caption);
            if (!entities.isEmpty()) {
                message.set("caption_entities", entities);
            }
        }
        return message;
    }

    ObjectNode anonymousAdminMessage(long chatId, String text) {
        ObjectNode anonymous = json.createObjectNode().put("id", GROUP_ANONYMOUS_BOT).put("is_bot", true)
                .put("first_name", "Group").put("username", "GroupAnonymousBot");
        ObjectNode message = message(chatId, anonymous, text);
        message.set("sender_chat", chat(chatId));
        return message;
    }

    /** A message as the bot sent it; the text is the visible one, as Telegram returns it after parsing. */
    ObjectNode botMessage(long chatId, ObjectNode params, String visibleText) {
        ObjectNode message = json.createObjectNode().put("message_id", nextMessageId(chatId));
        message.set("from", botUser());
        message.set("chat", chat(chatId));
        message.put("date", now()).put("text", visibleText);
        if (params.has("message_thread_id")) {
            message.put("message_thread_id", params.get("message_thread_id").asLong()).put("is_topic_message", true);
        }
        if (params.path("reply_markup").has("inline_keyboard")) {
            message.set("reply_markup", params.get("reply_markup"));
        }
        return message;
    }

    /** The message's formatting entities, as Telegram returns them; none, no field. */
    void setEntities(ObjectNode message, List<HtmlParseMode.Entity> entities) {
        message.remove("entities");
        if (entities.isEmpty()) {
            return;
        }
        ArrayNode array = message.putArray("entities");
        for (HtmlParseMode.Entity entity : entities) {
            ObjectNode node = array.addObject().put("type", entity.type()).put("offset", entity.offset())
                    .put("length", entity.length());
            if (entity.url() != null) {
                node.put("url", entity.url());
            }
        }
    }

    /** The same user message, edited to {@code text}: its entities again, and its edit date. */
    ObjectNode edited(JsonNode original, String text) {
        ObjectNode message = original.deepCopy();
        message.put("text", text).put("edit_date", now());
        message.remove("entities");
        ArrayNode entities = entities(text);
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    /** Stands in for a bot message the fake never sent, so a test may press a button on any message id. */
    ObjectNode unknownBotMessage(long chatId, long messageId) {
        ObjectNode message = json.createObjectNode().put("message_id", messageId);
        message.set("from", botUser());
        message.set("chat", chat(chatId));
        return message.put("date", now()).put("text", "…");
    }

    ObjectNode callbackQuery(long userId, ObjectNode message, String data) {
        ObjectNode query = json.createObjectNode().put("id", String.valueOf(queryIds.incrementAndGet()));
        query.set("from", user(userId));
        query.set("message", message);
        return query.put("chat_instance", "-" + Math.abs(message.path("chat").path("id").asLong()))
                .put("data", data);
    }

    ObjectNode inlineQuery(long userId, String text) {
        ObjectNode query = json.createObjectNode().put("id", String.valueOf(queryIds.incrementAndGet()));
        query.set("from", user(userId));
        return query.put("query", text).put("offset", "").put("chat_type", "sender");
    }

    ObjectNode myChatMember(long chatId, long byUserId, String oldStatus, String newStatus) {
        ObjectNode update = json.createObjectNode();
        update.set("chat", chat(chatId));
        update.set("from", user(byUserId));
        update.put("date", now());
        update.set("old_chat_member", chatMember(botUser(), oldStatus));
        update.set("new_chat_member", chatMember(botUser(), newStatus));
        return update;
    }

    /** A ChatMember with every field its status requires, so strict clients can read it. */
    ObjectNode chatMember(ObjectNode user, String status) {
        ObjectNode member = json.createObjectNode().put("status", status);
        member.set("user", user);
        switch (status) {
            case "creator" -> member.put("is_anonymous", false);
            case "administrator" -> {
                member.put("can_be_edited", false).put("is_anonymous", false);
                for (String right : new String[] {"can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                        "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                        "can_post_stories", "can_edit_stories", "can_delete_stories"}) {
                    member.put(right, true);
                }
            }
            case "kicked" -> member.put("until_date", 0);
            case "member", "left" -> { }
            default -> throw new IllegalArgumentException("unknown chat member status: " + status);
        }
        return member;
    }

    // Telegram marks a leading /command (with its @botname) and every @username in the text.
    private ArrayNode entities(String text) {
        ArrayNode entities = json.createArrayNode();
        Matcher command = COMMAND.matcher(text);
        if (command.lookingAt()) {
            entities.addObject().put("offset", 0).put("length", command.end()).put("type", "bot_command");
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            entities.addObject().put("offset", mention.start()).put("length", mention.end() - mention.start())
                    .put("type", "mention");
        }
        return entities;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
