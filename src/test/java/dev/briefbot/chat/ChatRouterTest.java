package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing only: {@link Answers} is stubbed, each stub answer naming the method that produced it. */
class ChatRouterTest {

    private static final long USER = 123_456_789L;
    private static final long GROUP = -1_001_234_567_890L;

    private final Answers answers = mock(Answers.class);
    private final ChatRouter router = new ChatRouter(() -> answers, new ChatSettings("BriefBot"));

    @BeforeEach
    void stubAnswers() {
        when(answers.library()).thenReturn(library());
        when(answers.region("Shenzhen")).thenReturn(Answer.of("region Shenzhen"));
        when(answers.regions()).thenReturn(Answer.of("regions"));
        when(answers.who("elderly care")).thenReturn(Answer.of("who elderly care"));
        when(answers.who("")).thenReturn(Answer.of("who blank"));
        when(answers.advisor("Wu Wenyan")).thenReturn(Answer.of("advisor Wu Wenyan"));
        when(answers.rankings("")).thenReturn(Answer.of("rankings"));
        when(answers.rankings("3")).thenReturn(Answer.of("rankings 3"));
        when(answers.topics()).thenReturn(Answer.of("topics"));
        when(answers.source(true)).thenReturn(Answer.of("source"));
        when(answers.question(eq("who proposed robots?"), any())).thenReturn(Answer.of("question robots"));
    }

    @Test
    void shouldSendEachCommandToItsAnswer() {
        assertThat(privateReply("/region Shenzhen")).isEqualTo("region Shenzhen");
        assertThat(privateReply("/who elderly care")).isEqualTo("who elderly care");
        assertThat(privateReply("/advisor Wu Wenyan")).isEqualTo("advisor Wu Wenyan");
        assertThat(privateReply("/rankings")).isEqualTo("rankings");
        assertThat(privateReply("/rankings 3")).isEqualTo("rankings 3");
        assertThat(privateReply("/topics")).isEqualTo("topics");
        assertThat(privateReply("/source")).isEqualTo("source");
        assertThat(privateReply("/ask who proposed robots?")).isEqualTo("question robots");
    }

    @Test
    void shouldListTheRegionsForABareRegionCommand() {
        assertThat(privateReply("/region")).isEqualTo("regions");
        assertThat(privateReply("/region   ")).isEqualTo("regions");
    }

    @Test
    void shouldAskWhoWithABlankTopicForABareWho() {
        assertThat(privateReply("/who")).isEqualTo("who blank");
    }

    @Test
    void shouldAnswerCommandsWrittenInAnyCase() {
        assertThat(privateReply("/REGION@briefbot Shenzhen")).isEqualTo("region Shenzhen");
    }

    @Test
    void shouldTakeAnyOtherTextInAPrivateChatAsAQuestion() {
        assertThat(privateReply("who proposed robots?")).isEqualTo("question robots");
    }

    @Test
    void shouldIgnoreACommandForAnotherBotInAGroup() {
        assertThat(router.reply(group("/help@OtherBot", false))).isEmpty();
        assertThat(router.reply(group("/region@@bot Shenzhen", false))).isEmpty();
        verifyNoInteractions(answers);
    }

    @Test
    void shouldTellAPrivateChatWhichBotACommandWasForAndOurSpellingOfIt() {
        Answer reply = router.reply(ChatRequest.privateChat(USER, "/region@OtherBot Shenzhen")).orElseThrow();

        assertThat(reply.headline()).isEqualTo("That command is for @OtherBot; here it is /region.");
        assertThat(reply.suggestions()).extracting(Answer.Suggestion::command).containsExactly("/region Shenzhen");
        verifyNoInteractions(answers);
    }

    @Test
    void shouldTellAPrivateChatOfAStrayAtThatNamesNoBot() {
        Answer reply = router.reply(ChatRequest.privateChat(USER, "/region@@bot Shenzhen")).orElseThrow();

        assertThat(reply.headline()).isEqualTo("That command names no bot (“@@bot” is not a bot's name); here it is "
                + "/region.");
        assertThat(reply.suggestions()).extracting(Answer.Suggestion::command).containsExactly("/region Shenzhen");
    }

    @Test
    void shouldPointAStrayCommandWeDoNotHaveToHelp() {
        Answer reply = router.reply(ChatRequest.privateChat(USER, "/weather@OtherBot Beijing")).orElseThrow();

        assertThat(reply.headline()).isEqualTo("That command is for @OtherBot; I have no /weather; /help lists mine.");
        assertThat(reply.suggestions()).extracting(Answer.Suggestion::command).containsExactly("/help");
    }

    @Test
    void shouldSayItDoesNotKnowAnUnknownCommand() {
        Answer reply = router.reply(ChatRequest.privateChat(USER, "/foo bar")).orElseThrow();

        assertThat(reply.headline()).isEqualTo("I don't know /foo. Try /help.");
        assertThat(reply.suggestions()).extracting(Answer.Suggestion::command).containsExactly("/help");
    }

    @Test
    void shouldAnswerALoneSlashInAPrivateChatWithAPointerToHelp() {
        assertThat(privateReply("/")).isEqualTo("I don't know that command. Try /help.");
    }

    @Test
    void shouldShortenAnOverlongUnknownCommandWhenEchoingIt() {
        assertThat(privateReply("/" + "x".repeat(5000))).isEqualTo("I don't know /" + "x".repeat(32) + "…. Try /help.");
    }

    @Test
    void shouldIgnoreGroupChatter() {
        assertThat(router.reply(group("who proposed robots?", false))).isEmpty();
        assertThat(router.reply(group("I love @BriefBotFan", false))).isEmpty();
        verifyNoInteractions(answers);
    }

    @Test
    void shouldAnswerAMentionInAGroupWithoutTheMention() {
        Optional<Answer> reply = router.reply(group("@BriefBot who proposed robots?", true));

        assertThat(reply.map(Answer::headline)).contains("question robots");
    }

    @Test
    void shouldStripTheMentionWhereverItStandsIgnoringCase() {
        assertThat(router.reply(group("who proposed robots? @briefbot", true)).map(Answer::headline))
                .contains("question robots");
    }

    @Test
    void shouldAnswerAReplyToTheBotInAGroup() {
        assertThat(router.reply(group("who proposed robots?", true)).map(Answer::headline))
                .contains("question robots");
    }

    @Test
    void shouldAnswerACommandAfterAMention() {
        assertThat(router.reply(group("@BriefBot /region Shenzhen", true)).map(Answer::headline))
                .contains("region Shenzhen");
    }

    @Test
    void shouldAnswerGroupCommandsForUsOrForNoBot() {
        assertThat(router.reply(group("/region Shenzhen", false)).map(Answer::headline)).contains("region Shenzhen");
        assertThat(router.reply(group("/region@BriefBot Shenzhen", false)).map(Answer::headline))
                .contains("region Shenzhen");
        assertThat(router.reply(new ChatRequest(GROUP, ChatType.GROUP, USER, "/topics", false))
                .map(Answer::headline)).contains("topics");
    }

    @Test
    void shouldLeaveUnknownGroupCommandsToTheBotTheyAreFor() {
        assertThat(router.reply(group("/weather Beijing", false))).isEmpty();
        assertThat(router.reply(group("/weather@BriefBot Beijing", false)).map(Answer::headline))
                .contains("I don't know /weather. Try /help.");
    }

    @Test
    void shouldGiveHelpForABareMention() {
        Answer reply = router.reply(group("@BriefBot", true)).orElseThrow();

        assertThat(reply.headline()).isEqualTo("What I can tell you");
    }

    @Test
    void shouldListWhatItKnowsAndEveryCommandWithItsExampleInHelp() {
        Answer help = router.reply(ChatRequest.privateChat(USER, "/help")).orElseThrow();

        assertThat(help.notes()).first().asString().isEqualTo("I know 1 brief: “Lawmakers and political "
                + "advisors brainstorm to seize opportunity for AI growth” (Global Times, 28 January 2024).");
        assertThat(help.items()).hasSize(Command.forEveryone().size());
        assertThat(help.items()).extracting(Answer.Item::title)
                .contains("/region Shenzhen — proposals for a region and where it ranks");
        assertThat(help.suggestions()).isNotEmpty();
    }

    @Test
    void shouldGreetOnStartWithTheSameGuide() {
        Answer start = router.reply(ChatRequest.privateChat(USER, "/start")).orElseThrow();

        assertThat(start.headline()).startsWith("Hello!");
        assertThat(start.items()).hasSize(Command.forEveryone().size());
    }

    @Test
    void shouldAskOnlyTheStartOfAnOverlongQuestion() {
        String question = "who proposed robots?" + "?".repeat(4000);
        when(answers.question(eq(question.substring(0, ChatRouter.LONGEST_ASK)), any()))
                .thenReturn(Answer.of("question cut"));
        when(answers.who("😀".repeat(ChatRouter.LONGEST_ASK))).thenReturn(Answer.of("who cut"));

        assertThat(privateReply(question)).isEqualTo("question cut");
        assertThat(privateReply("/who " + "😀".repeat(4000))).isEqualTo("who cut");
    }

    @Test
    void shouldAcceptTheBotUsernameWithItsAt() {
        ChatRouter configured = new ChatRouter(() -> answers, new ChatSettings("@BriefBot"));

        assertThat(configured.reply(group("/region@BriefBot Shenzhen", false))).isPresent();
    }

    private String privateReply(String text) {
        return router.reply(ChatRequest.privateChat(USER, text)).map(Answer::headline).orElseThrow();
    }

    private static ChatRequest group(String text, boolean addressed) {
        return new ChatRequest(GROUP, ChatType.SUPERGROUP, USER, text, addressed);
    }

    private static Library library() {
        Brief brief = new Brief("2024-01-28-global-times-ai-growth",
                "Lawmakers and political advisors brainstorm to seize opportunity for AI growth",
                "Open-source large model will be more accessible, affordable in 2024", "Global Times",
                "CHINA / POLITICS", LocalDateTime.of(2024, 1, 28, 20, 50),
                List.of(), List.of(), List.of(), List.of(), "");
        return new Library(List.of(brief), new Gazetteer(List.of()), "");
    }
}
