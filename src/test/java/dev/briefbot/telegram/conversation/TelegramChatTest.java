package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.briefbot.answer.Answers;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.ChatSettings;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.subscription.ChatGone;
import dev.briefbot.subscription.ChatMigrated;
import dev.briefbot.telegram.intake.TelegramUpdate;
import dev.briefbot.telegram.intake.UpdateOutcome;
import dev.briefbot.telegram.sending.WaitingClock;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The conversation without HTTP: updates as the intake reads them, the real router over the project's seeds, and the
 * Bot API as a list of the calls made. The flood guard (3 a minute here), paging and membership changes, each as a
 * user would notice them.
 */
class TelegramChatTest {

    private static final Library LIBRARY = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
    private static final long GROUP = -1001;

    private final RecordingBotApi telegram = new RecordingBotApi();
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
    private final ChatRouter router = new ChatRouter(() -> Answers.of(LIBRARY), new ChatSettings("BriefBot"));
    private final DeepLinks links = new DeepLinks(() -> "BriefBot");
    private final TelegramChat chat = new TelegramChat(router, renderer, telegram,
            new FloodGuard(3, new WaitingClock()),
            new PageTurner(router, renderer, telegram, new PagedQuestions(10), links),
            new InlineAnswers(() -> Answers.of(LIBRARY), renderer, telegram, () -> "BriefBot"),
            new MembershipChanges(events::add, renderer, telegram), links, new AnsweredMessages(10));
    private int updates;

    @Test
    void shouldSaySlowDownOnceToAUserPastTheLimitAndAnswerNothingMore() {
        List<UpdateOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(chat.handle(privateMessage(501, "/source")));
        }

        assertThat(outcomes).containsExactly(UpdateOutcome.ANSWERED, UpdateOutcome.ANSWERED, UpdateOutcome.ANSWERED,
                UpdateOutcome.SLOWED_DOWN, UpdateOutcome.FLOOD_DROPPED, UpdateOutcome.FLOOD_DROPPED);
        assertThat(telegram.messagesTo(501)).hasSize(4).last().extracting(SendMessage::getText).asString()
                .startsWith("Please slow down: I answer up to 3 requests a minute");
    }

    @Test
    void shouldNotCountGroupChatterAndReplyToTheMessageThatAsked() {
        for (int i = 0; i < 10; i++) {
            assertThat(chat.handle(groupMessage(77, "lunch anyone?", false))).isEqualTo(UpdateOutcome.IGNORED);
        }
        TelegramUpdate.Message asked = groupMessage(77, "/region@BriefBot Shenzhen", false);

        assertThat(chat.handle(asked)).isEqualTo(UpdateOutcome.ANSWERED);
        assertThat(telegram.messagesTo(GROUP)).first().satisfies(answer -> {
            assertThat(answer.getText()).contains("Shenzhen");
            assertThat(answer.getReplyParameters().getMessageId()).isEqualTo(asked.messageId());
        });
    }

    @Test
    void shouldCountAnonymousAdminsAsTheirGroupNotAsTheirSharedUser() {
        for (int i = 0; i < 3; i++) {
            chat.handle(groupMessage(GROUP, "/source", false));
        }

        assertThat(chat.handle(groupMessage(GROUP, "/source", false))).isEqualTo(UpdateOutcome.SLOWED_DOWN);
        assertThat(chat.handle(groupMessage(78, "/source", false))).isEqualTo(UpdateOutcome.ANSWERED);
    }

    @Test
    void shouldCountButtonPressesAndSaySlowDownInTheButtonsNoticeNotTheChat() {
        for (int i = 0; i < 5; i++) {
            chat.handle(press(601, 601, 50, "/region Shenzhen"));
        }

        assertThat(telegram.notices()).hasSize(5).satisfies(notices -> {
            assertThat(notices.subList(0, 3)).containsOnlyNulls();
            assertThat(notices.get(3)).startsWith("Please slow down");
            assertThat(notices.get(4)).isNull();
        });
        assertThat(telegram.messagesTo(601)).hasSize(3);
    }

    @Test
    void shouldSendALongAnswerAsOnePageAndEditItInPlaceWhenAPageButtonIsPressed() {
        chat.handle(privateMessage(701, "/topics"));
        SendMessage first = telegram.messagesTo(701).get(0);

        assertThat(telegram.messagesTo(701)).hasSize(1);
        assertThat(pageRow(first.getReplyMarkup())).containsExactly("1/5", "Next ▶");

        assertThat(chat.handle(press(701, 701, 101, "p:2:/topics"))).isEqualTo(UpdateOutcome.ANSWERED);
        assertThat(telegram.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.getMessageId()).isEqualTo(101);
            assertThat(pageRow(edit.getReplyMarkup())).containsExactly("◀ Prev", "2/5", "Next ▶");
        });
        assertThat(telegram.messagesTo(701)).hasSize(1);
    }

    @Test
    void shouldRefuseForgedButtonsPolitelyAndRunNothing() {
        long presser = 800;
        // each by another user in the group: the flood guard counts presses too
        for (String forged : List.of("p:999:/x", "p:2:/region@OtherBot Guangdong", "garbage", "/reload")) {
            assertThat(chat.handle(press(702, ++presser, 60, forged))).isEqualTo(UpdateOutcome.ANSWERED);
        }

        assertThat(telegram.notices()).containsOnly(ButtonReading.NO_LONGER_WORKS).hasSize(4);
        assertThat(telegram.messagesTo(702)).isEmpty();
        assertThat(telegram.edits()).isEmpty();
    }

    @Test
    void shouldAnswerInTheForumTopicItWasAskedIn() {
        chat.handle(new TelegramUpdate.Message(++updates, GROUP, "supergroup", 79, "/region@BriefBot Beijing",
                false, 33, 12, "region"));

        assertThat(telegram.messagesTo(GROUP)).singleElement()
                .satisfies(answer -> assertThat(answer.getMessageThreadId()).isEqualTo(12));
    }

    @Test
    void shouldPublishThatTheChatIsGoneWhenTheBotIsKicked() {
        assertThat(chat.handle(new TelegramUpdate.MembershipChange(++updates, GROUP, "group", "member", "kicked")))
                .isEqualTo(UpdateOutcome.NOTED);

        assertThat(events).containsExactly(new ChatGone(GROUP, "the bot is kicked"));
        assertThat(telegram.messagesTo(GROUP)).isEmpty();
    }

    @Test
    void shouldWelcomeAGroupThatAddsTheBotAndExplainSubscribing() {
        chat.handle(new TelegramUpdate.MembershipChange(++updates, GROUP, "group", "left", "member"));

        assertThat(telegram.messagesTo(GROUP)).singleElement()
                .satisfies(hello -> assertThat(hello.getText()).startsWith("<b>Hello!").contains("/subscribe"));
        assertThat(events).isEmpty();
    }

    @Test
    void shouldPublishAGroupsMoveToASupergroup() {
        chat.handle(new TelegramUpdate.Migration(++updates, GROUP, "group", -1_000_000_001_001L));

        assertThat(events).containsExactly(new ChatMigrated(GROUP, -1_000_000_001_001L));
    }

    private TelegramUpdate.Message privateMessage(long user, String text) {
        return new TelegramUpdate.Message(++updates, user, "private", user, text, false, updates, null, "question");
    }

    private TelegramUpdate.Message groupMessage(long asker, String text, boolean addressed) {
        return new TelegramUpdate.Message(++updates, GROUP, "group", asker, text, addressed, updates, null,
                "question");
    }

    private TelegramUpdate.ButtonPress press(long chatId, long user, int messageId, String data) {
        return new TelegramUpdate.ButtonPress(++updates, "q" + updates, user, data,
                Optional.of(new TelegramUpdate.ButtonPress.Pressed(chatId, chatId < 0 ? "group" : "private",
                        messageId, null)));
    }

    private static List<String> pageRow(Object markup) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>(((InlineKeyboardMarkup) markup).getKeyboard());
        return rows.get(rows.size() - 1).stream().map(InlineKeyboardButton::getText).toList();
    }
}
