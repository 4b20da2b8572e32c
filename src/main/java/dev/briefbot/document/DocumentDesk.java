package dev.briefbot.document;

import java.util.Optional;

import dev.briefbot.answer.Answer;

/**
 * Where a transport hands the documents people send the bot. It asks first ({@link #refusal}), before it downloads
 * anything; then it downloads at most {@link #MOST_BYTES} and hands the bytes over ({@link #take}), or says why it
 * could not ({@link #notDownloaded}). Every answer is for the sender, in plain text.
 */
public interface DocumentDesk {

    /** The largest document taken: 2 MB, far more than an article's text, a page or a printed PDF need. */
    long MOST_BYTES = 2L * 1024 * 1024;

    /**
     * A document as the chat shows it before it is downloaded.
     *
     * @param senderId     who sent it
     * @param privateChat  whether it came in a private chat with the bot
     * @param fileName     its name as sent; may be null
     * @param mediaType    its MIME type as the sender's app gave it; may be null
     * @param declaredSize its size in bytes as Telegram gives it; null when not given
     */
    record Offer(long senderId, boolean privateChat, String fileName, String mediaType, Long declaredSize) {
    }

    /** A file sent back with the answer: the draft of a new brief's facts. */
    record Attachment(String fileName, byte[] content) {
    }

    /** What to say, and the file to send after it, if any. */
    record Reply(Answer answer, Optional<Attachment> attachment) {

        public static Reply of(Answer answer) {
            return new Reply(answer, Optional.empty());
        }
    }

    /** Empty: download it; otherwise the polite refusal (not an operator, not a private chat, its kind, its size). */
    Optional<Answer> refusal(Offer offer);

    /** The document's bytes: saved as an unreviewed brief and answered from at once, or refused with why. */
    Reply take(Offer offer, byte[] content);

    /** The download did not bring the file: it was larger than {@link #MOST_BYTES} after all, or Telegram failed. */
    Answer notDownloaded(Offer offer, boolean tooLarge);

    /** Where no document is taken: each is declined, whoever sends it. */
    static DocumentDesk none() {
        Answer declined = Answer.of("Thank you, but this bot takes no documents; ask me about its briefs instead.");
        return new DocumentDesk() {
            @Override
            public Optional<Answer> refusal(Offer offer) {
                return Optional.of(declined);
            }

            @Override
            public Reply take(Offer offer, byte[] content) {
                return Reply.of(declined);
            }

            @Override
            public Answer notDownloaded(Offer offer, boolean tooLarge) {
                return declined;
            }
        };
    }
}
