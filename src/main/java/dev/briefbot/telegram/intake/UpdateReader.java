package dev.briefbot.telegram.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.briefbot.chat.Command;
import dev.briefbot.chat.CommandLine;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The one place a TelegramBots {@code Update} is read: what kind it is, whose lane it goes to, who asks, whether it
 * was addressed to this bot, and where an answer goes. Everything after reads the {@link TelegramUpdate} it makes.
 */
public final class UpdateReader {

    static final String QUESTION = "question";
    static final String UNKNOWN_COMMAND = "unknown";

    private final Supplier<String> botUsername;

    /** @param botUsername this bot's username, without @: known only once Telegram has been asked, at start-up */
    public UpdateReader(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    public TelegramUpdate read(Update update) {
        int id = update.getUpdateId();
        if (update.hasMessage()) {
            return message(id, update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return edited(id, update.getEditedMessage());
        }
        if (update.hasCallbackQuery()) {
            return press(id, update.getCallbackQuery());
        }
        if (update.hasInlineQuery()) {
            return new TelegramUpdate.InlineQuery(id, update.getInlineQuery().getId(),
                    update.getInlineQuery().getFrom().getId(), update.getInlineQuery().getQuery());
        }
        if (update.hasMyChatMember()) {
            return membership(id, update.getMyChatMember());
        }
        return new TelegramUpdate.Other(id, TelegramUpdate.OTHER, "none", 0);
    }

    private TelegramUpdate message(int id, Message message) {
        String chatType = typeOf(message.getChat());
        if (message.hasText()) {
            Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
            boolean reply = repliesToBot(message);
            return new TelegramUpdate.Message(id, message.getChatId(), chatType, asker(message), message.getText(),
                    mentionsBot(message) || reply, message.getMessageId(), thread,
                    actionOf(message.getText()), reply ? message.getReplyToMessage().getMessageId() : 0);
        }
        if (message.hasDocument()) {
            return document(id, message, chatType);
        }
        if (message.getMigrateToChatId() != null) {
            return new TelegramUpdate.Migration(id, message.getChatId(), chatType, message.getMigrateToChatId());
        }
        return new TelegramUpdate.Other(id, "message", chatType, message.getChatId());
    }

    /** An edited text message; an edited photo caption or the like is none of the bot's business. */
    private TelegramUpdate edited(int id, Message message) {
        TelegramUpdate read = message.hasText() ? message(id, message) : null;
        return read instanceof TelegramUpdate.Message text ? new TelegramUpdate.EditedMessage(text)
                : new TelegramUpdate.Other(id, TelegramUpdate.EDITED, typeOf(message.getChat()), message.getChatId());
    }

    private TelegramUpdate document(int id, Message message, String chatType) {
        org.telegram.telegrambots.meta.api.objects.Document file = message.getDocument();
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        return new TelegramUpdate.Document(id, message.getChatId(), chatType, asker(message),
                captionMentionsBot(message) || repliesToBot(message), message.getMessageId(), thread,
                file.getFileId(), file.getFileName(), file.getMimeType(), file.getFileSize());
    }

    private boolean captionMentionsBot(Message message) {
        String caption = message.getCaption();
        return caption != null && caption.toLowerCase(Locale.ROOT).matches(
                "(?s).*(?<![\\w@])@" + Pattern.quote(botUsername.get().toLowerCase(Locale.ROOT)) + "\\b.*");
    }

    private static TelegramUpdate press(int id, CallbackQuery query) {
        MaybeInaccessibleMessage under = query.getMessage();
        Optional<TelegramUpdate.ButtonPress.Pressed> pressed = Optional.ofNullable(under).map(message ->
                new TelegramUpdate.ButtonPress.Pressed(message.getChatId(), typeOf(message.getChat()),
                        message.getMessageId(), message instanceof Message accessible && accessible.isTopicMessage()
                                ? accessible.getMessageThreadId() : null));
        return new TelegramUpdate.ButtonPress(id, query.getId(), query.getFrom().getId(), query.getData(), pressed);
    }

    private static TelegramUpdate membership(int id, ChatMemberUpdated update) {
        String before = update.getOldChatMember() == null ? "left" : update.getOldChatMember().getStatus();
        return new TelegramUpdate.MembershipChange(id, update.getChat().getId(), typeOf(update.getChat()), before,
                update.getNewChatMember().getStatus());
    }

    // an anonymous admin writes as the group, and all of them share one "from" user: the group is who asks
    private static long asker(Message message) {
        if (message.getSenderChat() != null) {
            return message.getSenderChat().getId();
        }
        return Optional.ofNullable(message.getFrom()).map(User::getId).orElse(message.getChatId());
    }

    private boolean mentionsBot(Message message) {
        String mention = "@" + botUsername.get();
        List<MessageEntity> entities = Optional.ofNullable(message.getEntities()).orElse(List.of());
        return entities.stream().filter(entity -> "mention".equals(entity.getType()))
                .anyMatch(entity -> mention.equalsIgnoreCase(entityText(message, entity)));
    }

    private static String entityText(Message message, MessageEntity entity) {
        if (entity.getText() != null) {
            return entity.getText();
        }
        String text = message.getText();
        int end = entity.getOffset() + entity.getLength();
        return text != null && end <= text.length() ? text.substring(entity.getOffset(), end) : "";
    }

    /** A reply to one of our messages; a forum topic's messages all "reply" to its creation, which is not us. */
    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null || replied.getForumTopicCreated() != null || isTopicStart(message, replied)) {
            return false;
        }
        User author = replied.getFrom();
        return author != null && Boolean.TRUE.equals(author.getIsBot())
                && botUsername.get().equalsIgnoreCase(author.getUserName());
    }

    private static boolean isTopicStart(Message message, Message replied) {
        return message.isTopicMessage() && replied.getMessageId().equals(message.getMessageThreadId());
    }

    /** private, group, supergroup or channel, as Telegram writes it. */
    private static String typeOf(Chat chat) {
        return chat == null || chat.getType() == null ? "none" : chat.getType().toLowerCase(Locale.ROOT);
    }

    /**
     * A command's name, {@code unknown} for a command the bot does not know (so a typed name never becomes a tag),
     * else {@code question}. A mention of the bot before the command is passed over, as the router does.
     */
    static String actionOf(String text) {
        String unmentioned = text.replaceFirst("^\\s*@\\w+", "");
        return CommandLine.parse(unmentioned)
                .map(line -> Command.named(line.name()).map(Command::commandName).orElse(UNKNOWN_COMMAND))
                .orElse(QUESTION);
    }
}
