package dev.briefbot.telegram.intake;

import java.util.Locale;
import java.util.Optional;

import dev.briefbot.chat.ChatType;

/**
 * One update as the bot reads it, parsed once by {@link UpdateReader} as it arrives: every later step (its lane, its
 * log line and metrics, its answer) reads this and never the library's {@code Update} again. Besides its own fields,
 * each kind says how it is reported: its {@link #type}, {@link #chatType} and {@link #action}, each from a small
 * fixed set, never a text or a user.
 */
public sealed interface TelegramUpdate {

    /** What reports call an update that is none of the kinds read: the webhook could be sent others. */
    String OTHER = "other";

    int updateId();

    /** The chat whose lane it goes to; an update without a chat (an inline query) goes by its user. */
    long laneKey();

    /**
     * The kind as the Bot API names it: message, edited_message, callback_query, inline_query, my_chat_member; else
     * other.
     */
    String type();

    /** private, group, supergroup or channel; {@code inline} for an inline query or a button under an inline answer. */
    String chatType();

    /** What it asks for: a command's name, {@code unknown}, {@code question}, {@code button}, {@code inline} ... */
    String action();

    /** A command, question, edit of one, or button press: what the commands metric counts once the bot acted on it. */
    default boolean isRequest() {
        return this instanceof Message || this instanceof EditedMessage || this instanceof ButtonPress;
    }

    /**
     * A text message to the bot, or near it (group chatter the bot may ignore).
     *
     * @param chatType       the chat's type as Telegram writes it, lowercase
     * @param askerId        who asks: the user; the group itself for an anonymous admin; the channel for its post
     * @param addressedToBot whether it mentions this bot or replies to one of its messages
     * @param messageId      the message's own id, which a group's answer replies to
     * @param threadId       the forum topic it was written in; null outside one
     * @param action         the command's name, {@code unknown} for a command the bot does not know, or
     *                       {@code question}
     * @param repliesTo      the id of the bot's message it replies to, whose answer it follows up on; 0 for none
     */
    record Message(int updateId, long chatId, String chatType, long askerId, String text, boolean addressedToBot,
            int messageId, Integer threadId, String action, int repliesTo) implements TelegramUpdate {

        /** A message that replies to none of the bot's messages. */
        public Message(int updateId, long chatId, String chatType, long askerId, String text, boolean addressedToBot,
                int messageId, Integer threadId, String action) {
            this(updateId, chatId, chatType, askerId, text, addressedToBot, messageId, threadId, action, 0);
        }

        @Override
        public long laneKey() {
            return chatId;
        }

        @Override
        public String type() {
            return "message";
        }

        public boolean isPrivate() {
            return "private".equals(chatType);
        }
    }

    /**
     * A text message its author edited ({@code edited_message}): the whole message again, with its new text. The bot
     * answers it again only if it answered it before.
     */
    record EditedMessage(Message message) implements TelegramUpdate {

        @Override
        public int updateId() {
            return message.updateId();
        }

        @Override
        public long laneKey() {
            return message.laneKey();
        }

        @Override
        public String type() {
            return EDITED;
        }

        @Override
        public String chatType() {
            return message.chatType();
        }

        @Override
        public String action() {
            return message.action();
        }
    }

    /**
     * A press on one of the bot's inline buttons.
     *
     * @param data    the button's callback data, as the client sent it: never trusted
     * @param pressed the message the button is under; empty for a button under an inline answer, or one too old
     */
    record ButtonPress(int updateId, String queryId, long presserId, String data, Optional<Pressed> pressed)
            implements TelegramUpdate {

        /** The message a button was pressed under: where its answer goes. */
        public record Pressed(long chatId, String chatType, int messageId, Integer threadId) {
        }

        @Override
        public long laneKey() {
            return pressed.map(Pressed::chatId).orElse(presserId);
        }

        @Override
        public String type() {
            return "callback_query";
        }

        @Override
        public String chatType() {
            return pressed.map(Pressed::chatType).orElse(INLINE);
        }

        @Override
        public String action() {
            return "button";
        }
    }

    /** "@BriefBot shenzhen" typed in any chat. */
    record InlineQuery(int updateId, String queryId, long userId, String query) implements TelegramUpdate {

        @Override
        public long laneKey() {
            return userId;
        }

        @Override
        public String type() {
            return "inline_query";
        }

        @Override
        public String chatType() {
            return INLINE;
        }

        @Override
        public String action() {
            return INLINE;
        }
    }

    /**
     * The bot's own standing in a chat changed ({@code my_chat_member}): added, made admin, left, kicked.
     *
     * @param before its status before, "left" when Telegram gives none
     * @param now    its status now
     */
    record MembershipChange(int updateId, long chatId, String chatType, String before, String now)
            implements TelegramUpdate {

        @Override
        public long laneKey() {
            return chatId;
        }

        @Override
        public String type() {
            return "my_chat_member";
        }

        @Override
        public String action() {
            return MEMBERSHIP;
        }

        public boolean isPrivate() {
            return "private".equals(chatType);
        }
    }

    /** The service message of a group that became a supergroup under a new id. */
    record Migration(int updateId, long chatId, String chatType, long toChatId) implements TelegramUpdate {

        @Override
        public long laneKey() {
            return chatId;
        }

        @Override
        public String type() {
            return "message";
        }

        @Override
        public String action() {
            return MEMBERSHIP;
        }
    }

    /**
     * A file sent to the bot as a document: an operator's new brief, or something to refuse politely.
     *
     * @param senderId       who sent it (the group itself for an anonymous admin)
     * @param addressedToBot whether its caption mentions this bot or it replies to one of its messages
     * @param fileName       its name as sent; may be null
     * @param mediaType      its MIME type as the sender's app gave it; may be null
     * @param fileSize       its size in bytes as Telegram gives it; null when not given
     */
    record Document(int updateId, long chatId, String chatType, long senderId, boolean addressedToBot, int messageId,
            Integer threadId, String fileId, String fileName, String mediaType, Long fileSize)
            implements TelegramUpdate {

        @Override
        public long laneKey() {
            return chatId;
        }

        @Override
        public String type() {
            return "message";
        }

        @Override
        public String action() {
            return "document";
        }

        public boolean isPrivate() {
            return "private".equals(chatType);
        }
    }

    /** Anything else: a photo, a sticker, an update kind the bot did not ask for. Ignored, and reported. */
    record Other(int updateId, String type, String chatType, long laneKey) implements TelegramUpdate {

        @Override
        public String action() {
            return OTHER;
        }
    }

    String INLINE = "inline";
    String EDITED = "edited_message";
    String MEMBERSHIP = "membership";

    /** The chat type as the chat layer knows it; anything Telegram adds later counts as a group. */
    static ChatType chatKind(String chatType) {
        return switch (chatType == null ? "" : chatType.toLowerCase(Locale.ROOT)) {
            case "private" -> ChatType.PRIVATE;
            case "supergroup" -> ChatType.SUPERGROUP;
            case "channel" -> ChatType.CHANNEL;
            default -> ChatType.GROUP;
        };
    }
}
