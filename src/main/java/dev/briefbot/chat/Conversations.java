package dev.briefbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Subject;

/**
 * What each chat was last told, so that the next message can follow up on it ("what else did she propose?", "and
 * Shanghai?"). A reply to one of the bot's answers reads in that answer's context, in any chat; in a private chat the
 * next message within {@link #PRIVATE_FOLLOW_UP} does too. Kept per chat and per forum topic, never across chats,
 * in memory and bounded: a context lost to a restart or to the bound only means the next question is read alone.
 */
public final class Conversations {

    /** How long a private chat's next message is read in the context of the last answer. */
    public static final Duration PRIVATE_FOLLOW_UP = Duration.ofMinutes(10);
    /** How long a reply to one of the bot's answers still finds that answer's context. */
    static final Duration REPLY_FOLLOW_UP = Duration.ofDays(2);
    static final int CHATS_KEPT = 20_000;
    static final int ANSWERS_KEPT = 100_000;

    private record Where(long chatId, long thread) {
    }

    private record Sent(long chatId, long messageId) {
    }

    private final Cache<Where, Subject> latest;
    private final Cache<Sent, Subject> sent;

    public Conversations() {
        this(Clock.systemUTC());
    }

    /** @param clock the time contexts expire by: the system's, or a test's own */
    public Conversations(Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000;
        this.latest = Caffeine.newBuilder().ticker(ticker).maximumSize(CHATS_KEPT)
                .expireAfterWrite(PRIVATE_FOLLOW_UP).build();
        this.sent = Caffeine.newBuilder().ticker(ticker).maximumSize(ANSWERS_KEPT)
                .expireAfterWrite(REPLY_FOLLOW_UP).build();
    }

    /** The context a message is read in: the answer it replies to, or in a private chat the last one, if recent. */
    Optional<Subject> contextOf(ChatRequest request) {
        if (request.repliesTo() != 0) {
            return Optional.ofNullable(sent.getIfPresent(new Sent(request.chatId(), request.repliesTo())));
        }
        if (!request.isPrivate()) {
            return Optional.empty();
        }
        return Optional.ofNullable(latest.getIfPresent(new Where(request.chatId(), request.thread())));
    }

    /** The answer given to the request: the chat's latest context, until a newer answer or time replaces it. */
    void answered(ChatRequest request, Answer answer) {
        answer.followUp().ifPresent(subject -> latest.put(new Where(request.chatId(), request.thread()), subject));
    }

    /**
     * The transport sent {@code answer} as message {@code messageId} of the chat: a reply to that message is read in
     * its context, however long after and whatever came since.
     */
    public void sent(long chatId, long messageId, Answer answer) {
        answer.followUp().ifPresent(subject -> sent.put(new Sent(chatId, messageId), subject));
    }
}
