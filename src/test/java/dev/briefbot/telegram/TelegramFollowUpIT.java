package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups over Telegram: a reply to one of the bot's answers is read in that answer's context, in a group as in a
 * private chat, and the context of one chat never reaches another.
 */
class TelegramFollowUpIT extends BotOverFakeTelegram {

    private static final long GROUP = -1_000_000_000_811L;

    @Test
    void shouldReadAReplyToTheBotsAnswerInAGroupInThatAnswersContext() {
        telegram.groupMessage(GROUP, 21, "/region@BriefBot Shenzhen");
        List<SentMessage> answer = telegram.awaitSent(GROUP, 1, WAIT);
        awaitEveryUpdateHandled();

        // a reply to the bot's answer, which names no region: "it" is Shenzhen
        telegram.replyToBot(GROUP, 22, "where does it rank?", answer.get(answer.size() - 1).messageId());
        List<SentMessage> followUp = telegram.awaitSent(GROUP, answer.size() + 1, WAIT);

        String reply = followUp.get(followUp.size() - 1).text();
        assertThat(reply).contains("Guangdong").contains("2nd");
    }

    @Test
    void shouldNotReadAGroupMessageThatRepliesToNoAnswerInAnyContext() {
        telegram.groupMessage(GROUP - 1, 31, "/region@BriefBot Shanghai");
        telegram.awaitSent(GROUP - 1, 1, WAIT);
        awaitEveryUpdateHandled();

        // the same words, addressed to the bot but replying to nothing: there is no "it"
        telegram.groupMessage(GROUP - 1, 31, "@BriefBot what else did she propose?");
        List<SentMessage> sent = telegram.awaitSent(GROUP - 1, 2, WAIT);

        assertThat(sent.get(sent.size() - 1).text()).doesNotContain("Jiang Biyan");
    }

    @Test
    void shouldFollowUpInAPrivateChatAndNeverAcrossChats() {
        telegram.privateMessage(841, "/advisor Jiang Biyan");
        telegram.awaitSent(841, 1, WAIT);
        awaitEveryUpdateHandled();

        telegram.privateMessage(842, "what else did she propose?");
        telegram.privateMessage(841, "where is she from?");
        String own = telegram.awaitSent(841, 2, WAIT).get(1).text();
        String other = telegram.awaitSent(842, 1, WAIT).get(0).text();

        assertThat(own).contains("Shanghai");
        assertThat(other).doesNotContain("Jiang Biyan");
    }
}
