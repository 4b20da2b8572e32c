package dev.briefbot.telegram.conversation;

import dev.briefbot.telegram.intake.TelegramUpdate;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Where an answer goes: the chat, the message it answers (groups only) and the forum topic, if any.
 *
 * @param replyTo  the asking message, so a busy group sees which question this answers; null in a private chat
 * @param threadId the forum topic; null outside one
 */
record Reply(long chatId, Integer replyTo, Integer threadId) {

    /** In a private chat the answer simply follows; in a group it replies to the question, in its forum topic. */
    static Reply to(TelegramUpdate.Message message) {
        return new Reply(message.chatId(), message.isPrivate() ? null : message.messageId(), message.threadId());
    }

    /** A message of the bot's own accord, outside any conversation: a welcome, a notification. */
    static Reply into(long chatId) {
        return new Reply(chatId, null, null);
    }

    /** One HTML message; only the first of several parts replies to the question, the rest simply follow. */
    SendMessage message(String html, boolean first, InlineKeyboardMarkup buttons) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(html)
                .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (replyTo != null && first) {
            // the question may have been deleted meanwhile: answer anyway
            message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true)
                    .build());
        }
        if (threadId != null) {
            message.messageThreadId(threadId);
        }
        if (buttons != null) {
            message.replyMarkup(buttons);
        }
        return message.build();
    }

    /** An answer's message {@code messageId} edited to new HTML, its buttons replaced (none: removed). */
    EditMessageText edit(int messageId, String html, InlineKeyboardMarkup buttons) {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId)
                .messageId(messageId).text(html).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (buttons != null) {
            edit.replyMarkup(buttons);
        }
        return edit.build();
    }
}
