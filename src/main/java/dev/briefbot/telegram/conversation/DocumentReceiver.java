package dev.briefbot.telegram.conversation;

import java.util.List;
import java.util.Optional;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.document.DocumentDesk;
import dev.briefbot.telegram.intake.TelegramUpdate;
import dev.briefbot.telegram.intake.UpdateOutcome;
import dev.briefbot.telegram.sending.BotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

/**
 * A document sent to the bot, carried to the {@link DocumentDesk}: asked first whether to take it at all, then
 * downloaded ({@code getFile}, then the file itself, at most {@link DocumentDesk#MOST_BYTES}, its size checked by
 * Telegram's word at each step and again as it comes), and the desk's reply sent back, its draft as a document.
 */
final class DocumentReceiver {

    private static final Logger log = LoggerFactory.getLogger(DocumentReceiver.class);

    private final DocumentDesk desk;
    private final TelegramHtmlRenderer renderer;
    private final BotApi sender;

    DocumentReceiver(DocumentDesk desk, TelegramHtmlRenderer renderer, BotApi sender) {
        this.desk = desk;
        this.renderer = renderer;
        this.sender = sender;
    }

    /** A document in a private chat, or addressed to the bot in a group (others' files are not its business). */
    UpdateOutcome receive(TelegramUpdate.Document document) {
        DocumentDesk.Offer offer = new DocumentDesk.Offer(document.senderId(), document.isPrivate(),
                document.fileName(), document.mediaType(), document.fileSize());
        Reply reply = new Reply(document.chatId(), document.isPrivate() ? null : document.messageId(),
                document.threadId());
        Optional<Answer> refusal = desk.refusal(offer);
        if (refusal.isPresent()) {
            return send(reply, refusal.get());
        }
        BotApi.Download download = download(document);
        DocumentDesk.Reply taken = download instanceof BotApi.Download.Downloaded file
                ? desk.take(offer, file.content())
                : DocumentDesk.Reply.of(desk.notDownloaded(offer, download instanceof BotApi.Download.TooLarge));
        UpdateOutcome answered = send(reply, taken.answer());
        taken.attachment().ifPresent(attachment -> {
            if (!sender.sendDocument(new BotApi.DocumentFile(document.chatId(), document.threadId(),
                    attachment.fileName(), attachment.content())).delivered()) {
                log.warn("The draft {} was not delivered to chat {}", attachment.fileName(), document.chatId());
            }
        });
        return answered;
    }

    /** getFile tells where the file is, and its size again; then the file, cut off past the limit. */
    private BotApi.Download download(TelegramUpdate.Document document) {
        Optional<File> file = sender.execute(GetFile.builder().fileId(document.fileId()).build());
        if (file.isEmpty()) {
            return new BotApi.Download.Failed();
        }
        if (file.get().getFileSize() != null && file.get().getFileSize() > DocumentDesk.MOST_BYTES) {
            return new BotApi.Download.TooLarge();
        }
        return sender.download(file.get().getFilePath(), DocumentDesk.MOST_BYTES);
    }

    private UpdateOutcome send(Reply reply, Answer answer) {
        List<String> messages = renderer.render(answer);
        boolean delivered = true;
        for (int i = 0; i < messages.size(); i++) {
            delivered &= sender.send(reply.message(messages.get(i), i == 0, null)).delivered();
        }
        return delivered ? UpdateOutcome.ANSWERED : UpdateOutcome.UNDELIVERED;
    }
}
