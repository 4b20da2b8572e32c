package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups read in the context of the last answer: in a private chat the next message within ten minutes, in
 * any chat a reply to one of the bot's answers; never another chat's or another forum topic's context.
 */
class ConversationsTest {

    private static final long ANNA = 101;
    private static final long BORIS = 202;
    private static final long GROUP = -1_001_234_567_890L;
    private static final Answers ANSWERS = Answers.of(new LibraryLoader().load(
            Path.of("src/test/resources/global-times/seeds"), Path.of("config")));

    private final MovableClock clock = new MovableClock();
    private final Conversations conversations = new Conversations(clock);
    private final ChatRouter router = new ChatRouter(() -> ANSWERS, new ChatSettings("BriefBot"),
            SubscriptionDesk.elsewhere(), OperatorDesk.elsewhere(), conversations);

    @Test
    void shouldReadAPrivateChatsNextMessageInTheContextOfTheLastAnswer() {
        ask(ChatRequest.privateChat(ANNA, "/region Shenzhen"));

        assertThat(ask(ChatRequest.privateChat(ANNA, "and Shanghai?")).headline()).startsWith("Shanghai");
        assertThat(ask(ChatRequest.privateChat(ANNA, "where does it rank?")).headline())
                .contains("Shanghai ranks 3rd");
    }

    @Test
    void shouldFollowUpOnAPersonWithWhatElse() {
        ask(ChatRequest.privateChat(ANNA, "who proposed student-centered learning?"));

        Answer more = ask(ChatRequest.privateChat(ANNA, "what else did she propose?"));

        assertThat(more.headline()).startsWith("Jiang Biyan also made 2 more");
        assertThat(more.items()).singleElement().satisfies(item -> assertThat(item.points()).hasSize(2));
    }

    @Test
    void shouldForgetAPrivateChatsContextAfterTenMinutes() {
        ask(ChatRequest.privateChat(ANNA, "/advisor Jiang Biyan"));
        clock.move(Conversations.PRIVATE_FOLLOW_UP.plusSeconds(1));

        assertThat(ask(ChatRequest.privateChat(ANNA, "what else did she propose?")).headline())
                .doesNotContain("Jiang Biyan");
    }

    @Test
    void shouldNeverReadOneChatInAnothersContext() {
        ask(ChatRequest.privateChat(ANNA, "/advisor Jiang Biyan"));

        assertThat(ask(ChatRequest.privateChat(BORIS, "what else did she propose?")).headline())
                .doesNotContain("Jiang Biyan");
    }

    @Test
    void shouldReadAGroupMessageInContextOnlyWhenItRepliesToTheBotsAnswer() {
        Answer region = ask(new ChatRequest(GROUP, ChatType.SUPERGROUP, ANNA, "/region Sichuan", false));
        conversations.sent(GROUP, 77, region);
        clock.move(Duration.ofHours(3));

        Answer reply = ask(new ChatRequest(GROUP, ChatType.SUPERGROUP, BORIS, "where does it rank?", true)
                .replyingTo(77));
        Answer alone = ask(new ChatRequest(GROUP, ChatType.SUPERGROUP, BORIS, "@BriefBot where does it rank?", true));

        assertThat(reply.headline()).contains("Sichuan ranks 7th");
        assertThat(alone.headline()).doesNotContain("Sichuan");
    }

    @Test
    void shouldKeepEachForumTopicsContextApart() {
        ask(ChatRequest.privateChat(ANNA, "/region Shenzhen").inThread(5));

        assertThat(ask(ChatRequest.privateChat(ANNA, "where does it rank?").inThread(6)).headline())
                .doesNotContain("Shenzhen");
        assertThat(ask(ChatRequest.privateChat(ANNA, "where does it rank?").inThread(5)).headline())
                .contains("Guangdong");
    }

    private Answer ask(ChatRequest request) {
        return router.reply(request).orElseThrow();
    }

    /** A clock a test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
