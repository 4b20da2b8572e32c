package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageLinkTest {

    @Test
    void shouldCarryCommandAsTheBotWritesIt() {
        assertThat(PageLink.command("/region@BriefBot   Guangdong", 2)).map(link -> link.data(2))
                .contains("p:2:/region Guangdong");
    }

    @Test
    void shouldCarryShortQuestionAsAsk() {
        assertThat(PageLink.command("  what about guangdong?  ", 3)).map(link -> link.data(1))
                .contains("p:1:/ask what about guangdong?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@BriefBot what did lawmakers propose for guangdong?",
        "what did the lawmakers and the political advisors propose for the province of guangdong?",
        "what about\nguangdong?"})
    void shouldNotCarryQuestionThatCannotRideInAButton(String question) {
        assertThat(PageLink.command(question, 2)).isEmpty();
    }

    @Test
    void shouldLeaveRoomForTheLongestPageNumber() {
        String question = "/who " + "a".repeat(SuggestionButtons.DATA_LIMIT - "p:9:/who ".length());

        assertThat(PageLink.command(question, 9)).isPresent();
        assertThat(PageLink.command(question, 10)).isEmpty();
    }

    @Test
    void shouldReadPageButtonsItWrites() {
        assertThat(PageLink.read("p:2:/region Guangdong"))
                .contains(new PageLink.Press(new PageLink("p", "/region Guangdong"), 2));
        assertThat(PageLink.read("q:12:Ab3dE-9z")).contains(new PageLink.Press(PageLink.kept("Ab3dE-9z"), 12));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "p:", "p:2:", "p:0:/topics", "p:-1:/topics", "p:01:/topics",
        "p:1000:/topics", "p:x:/topics", "p:999:/x", "p:2:/region@OtherBot x", "p:2:/reload", "p:2:topics",
        "p:2:/topics\n", "p:2:/who a\u0000b", "x:2:/topics", "q:2:short", "q:2:AbCdEfGh!", "q:2:AbCdEfGhI",
        "p:2:/who aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void shouldRefuseForgedPageButtons(String data) {
        assertThat(PageLink.read(data)).isEmpty();
    }
}
