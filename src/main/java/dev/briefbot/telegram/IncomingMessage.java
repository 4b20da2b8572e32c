package dev.briefbot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatType;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** A Telegram message as BriefBot reads it: the transport-neutral request, and where its answer goes. */
final class IncomingMessage {

    private final Message message;
    private final String botUsername;

    IncomingMessage(Message message, String botUsername) {
        this.message = message;
        this.botUsername = botUsername;
    }

    ChatRequest request() {
        return new ChatRequest(message.getChatId(), chatType(message.getChat().getType()), senderId(),
                message.getText(), mentionsBot() || repliesToBot());
    }

    /** In a private chat the answer simply follows; in a group it replies to the question, in its forum topic. */
    Reply reply() {
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        Integer replyTo = message.getChat().isUserChat() ? null : message.getMessageId();
        return new Reply(message.getChatId(), replyTo, thread);
    }

    static ChatType chatType(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "private" -> ChatType.PRIVATE;
            case "supergroup" -> ChatType.SUPERGROUP;
            case "channel" -> ChatType.CHANNEL;
            default -> ChatType.GROUP;
        };
    }

    // a channel post or an anonymous admin has no user of its own: the chat speaks
    private long senderId() {
        return Optional.ofNullable(message.getFrom()).map(User::getId).orElse(message.getChatId());
    }

    private boolean mentionsBot() {
        String mention = "@" + botUsername;
        List<MessageEntity> entities = Optional.ofNullable(message.getEntities()).orElse(List.of());
        return entities.stream().filter(entity -> "mention".equals(entity.getType()))
                .anyMatch(entity -> mention.equalsIgnoreCase(entityText(entity)));
    }

    private String entityText(MessageEntity entity) {
        if (entity.getText() != null) {
            return entity.getText();
        }
        String text = message.getText();
        int end = entity.getOffset() + entity.getLength();
        return text != null && end <= text.length() ? text.substring(entity.getOffset(), end) : "";
    }

    /** A reply to one of our messages; a forum topic's messages all "reply" to its creation, which is not us. */
    private boolean repliesToBot() {
        Message replied = message.getReplyToMessage();
        if (replied == null || replied.getForumTopicCreated() != null || isTopicStart(replied)) {
            return false;
        }
        User author = replied.getFrom();
        return author != null && Boolean.TRUE.equals(author.getIsBot())
                && botUsername.equalsIgnoreCase(author.getUserName());
    }

    private boolean isTopicStart(Message replied) {
        return message.isTopicMessage() && replied.getMessageId().equals(message.getMessageThreadId());
    }
}
