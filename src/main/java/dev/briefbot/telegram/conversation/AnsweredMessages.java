package dev.briefbot.telegram.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Which of the bot's messages answered which user message, per chat, so that an edited question is answered again by
 * editing that answer. Each message may be answered again {@link #REANSWERS} times; later edits are ignored quietly
 * (a note per edit would fill a group with them). In memory and bounded (Caffeine): a message forgotten (a restart,
 * the bound, two days without an edit) is one whose edits are ignored, as those of a message the bot never answered.
 * <p>
 * Not {@code chat.Conversations}: that keeps what an answer was about, for follow-ups, by the bot's message; this
 * keeps Telegram's message ids, by the user's message, and only the transport edits messages.
 */
public final class AnsweredMessages {

    /** How often one message may be answered again by editing its answer. */
    public static final int REANSWERS = 3;
    /** Enough for the questions of a busy bot's last two days that someone might still edit. */
    public static final int CAPACITY = 50_000;
    static final Duration KEPT = Duration.ofDays(2);

    private record Asked(long chatId, int messageId) {
    }

    /**
     * The answer to one user message.
     *
     * @param messageIds the bot's messages that carry it, in order (one, unless the answer took several)
     * @param reanswers  how often it has been answered again after an edit
     */
    record Answer(List<Integer> messageIds, int reanswers) {

        Answer {
            messageIds = List.copyOf(messageIds);
        }

        boolean mayAnswerAgain() {
            return reanswers < REANSWERS && !messageIds.isEmpty();
        }
    }

    private final Cache<Asked, Answer> answers;

    /** @param capacity how many messages are remembered at most: {@link #CAPACITY} */
    public AnsweredMessages(int capacity) {
        this.answers = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(KEPT).executor(Runnable::run)
                .build();
    }

    /** The message {@code messageId} of the chat was answered by the bot's messages {@code answerIds}. */
    void answered(long chatId, int messageId, List<Integer> answerIds) {
        if (!answerIds.isEmpty()) {
            answers.put(new Asked(chatId, messageId), new Answer(answerIds, 0));
        }
    }

    /** It was answered again, after an edit, by {@code answerIds}: one re-answer fewer is left. */
    void answeredAgain(long chatId, int messageId, Answer before, List<Integer> answerIds) {
        answers.put(new Asked(chatId, messageId), new Answer(answerIds.isEmpty() ? before.messageIds() : answerIds,
                before.reanswers() + 1));
    }

    /** The bot's answer to that message, if it answered it and still remembers. */
    Optional<Answer> answerTo(long chatId, int messageId) {
        return Optional.ofNullable(answers.getIfPresent(new Asked(chatId, messageId)));
    }
}
