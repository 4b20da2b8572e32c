package dev.briefbot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FakeBotApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final long USER = 42;
    private static final long GROUP = -4_000_000_001L;
    private static final long SUPERGROUP = -1_002_000_000_001L;

    private FakeBotApi telegram;

    private record Reply(int status, JsonNode body) {
        JsonNode result() {
            return body.path("result");
        }

        String description() {
            return body.path("description").asText();
        }
    }

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    // ---- routing

    @Test
    void shouldMatchMethodNamesInAnyCaseAndRecordTheDocumentedName() {
        assertThat(call("getme", Map.of()).result().path("username").asText()).isEqualTo("BriefBot");
        assertThat(call("sendmessage", Map.of("chat_id", USER, "text", "hi")).status()).isEqualTo(200);
        assertThat(call("SETMYCOMMANDS", Map.of("commands", List.of(Map.of("command", "help",
                "description", "How to ask")))).result().asBoolean()).isTrue();

        assertThat(telegram.calls("sendMessage")).singleElement().satisfies(call -> assertThat(call.chatId())
                .isEqualTo(USER));
        assertThat(telegram.calls()).extracting(Call::method).containsExactly("getMe", "sendMessage",
                "setMyCommands");
        assertThat(telegram.commands().path(0).path("command").asText()).isEqualTo("help");
    }

    @Test
    void shouldRefuseAnUnknownTokenAndAnUnknownMethod() {
        Reply wrongToken = send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot1:nope/getMe")));
        Reply unknownMethod = call("sendDice", Map.of("chat_id", USER));

        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.body().path("ok").asBoolean()).isFalse();
        assertThat(wrongToken.description()).isEqualTo("Unauthorized");
        assertThat(unknownMethod.status()).isEqualTo(404);
        assertThat(unknownMethod.description()).isEqualTo("Not Found");
    }

    @Test
    void shouldReadFormAndQueryParameters() {
        Reply form = send(request("sendMessage").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("chat_id=42&text=caf%C3%A9+%26+tea"
                        + "&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22x%22%2C"
                        + "%22callback_data%22%3A%22r%3Asz%22%7D%5D%5D%7D")));
        Reply query = send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token()
                + "/getChatMember?chat_id=" + GROUP + "&user_id=7")));

        assertThat(form.result().path("text").asText()).isEqualTo("café & tea");
        assertThat(telegram.sentMessagesTo(USER)).singleElement()
                .satisfies(sent -> assertThat(sent.callbackData()).containsExactly("r:sz"));
        assertThat(query.result().path("status").asText()).isEqualTo("member");
    }

    @Test
    void shouldReadMultipartParameters() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nGuangdong 广东\r\n--XyZ--\r\n";

        Reply reply = send(request("sendMessage").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(reply.result().path("text").asText()).isEqualTo("Guangdong 广东");
        assertThat(telegram.sentMessagesTo(USER)).hasSize(1);
    }

    // ---- getUpdates

    @Test
    void shouldDropUpdatesBelowTheOffsetAndHonourTheLimit() {
        long first = telegram.privateMessage(USER, "one").path("update_id").asLong();
        telegram.privateMessage(USER, "two");
        telegram.privateMessage(USER, "three");

        JsonNode all = getUpdates(Map.of()).result();
        JsonNode fromSecond = getUpdates(Map.of("offset", first + 1, "limit", 1)).result();

        assertThat(all).extracting(update -> update.path("message").path("text").asText())
                .containsExactly("one", "two", "three");
        assertThat(all.get(2).path("update_id").asLong()).isEqualTo(first + 2);
        assertThat(fromSecond).singleElement()
                .satisfies(update -> assertThat(update.path("update_id").asLong()).isEqualTo(first + 1));
        assertThat(telegram.pendingUpdates()).isEqualTo(2);
        assertThat(getUpdates(Map.of("offset", first + 3)).result()).isEmpty();
        assertThat(telegram.pendingUpdates()).isZero();
    }

    @Test
    void shouldHoldALongPollUntilAnUpdateArrives() throws Exception {
        CompletableFuture<Reply> poll = CompletableFuture.supplyAsync(() -> getUpdates(Map.of("timeout", 10,
                "allowed_updates", List.of("message", "callback_query"))));
        telegram.awaitCalls("getUpdates", 1, Duration.ofSeconds(2));
        Thread.sleep(100);
        assertThat(poll).isNotDone();

        telegram.privateMessage(USER, "/start");

        JsonNode updates = poll.get(2, TimeUnit.SECONDS).result();
        assertThat(updates).singleElement()
                .satisfies(update -> assertThat(update.path("message").path("text").asText()).isEqualTo("/start"));
        assertThat(telegram.allowedUpdates()).containsExactly("message", "callback_query");
    }

    @Test
    void shouldAnswerAnEmptyListWhenTheLongPollTimesOut() {
        long started = System.nanoTime();

        JsonNode updates = getUpdates(Map.of("timeout", 1)).result();

        assertThat(updates).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void shouldNotDeliverKindsTheBotDidNotAllow() {
        telegram.inlineQuery(USER, "shenzhen");
        telegram.privateMessage(USER, "hello");

        JsonNode updates = getUpdates(Map.of("allowed_updates", List.of("message"))).result();

        assertThat(updates).singleElement().satisfies(update -> assertThat(update.has("message")).isTrue());
    }

    // ---- sending and editing

    @Test
    void shouldRecordSentMessagesAndAnswerWithTheParsedMessage() {
        JsonNode message = call("sendMessage", Map.of("chat_id", USER, "text", "<b>Xia Jun</b> &amp; Shenzhen",
                "parse_mode", "HTML")).result();

        assertThat(message.path("message_id").asLong()).isPositive();
        assertThat(message.path("chat").path("id").asLong()).isEqualTo(USER);
        assertThat(message.path("from").path("is_bot").asBoolean()).isTrue();
        assertThat(message.path("text").asText()).isEqualTo("Xia Jun & Shenzhen");
        assertThat(telegram.awaitSent(USER, 1, Duration.ofSeconds(1))).singleElement().satisfies(sent -> {
            assertThat(sent.text()).isEqualTo("<b>Xia Jun</b> &amp; Shenzhen");
            assertThat(sent.parseMode()).isEqualTo("HTML");
        });
        assertThat(telegram.sentMessagesTo(GROUP)).isEmpty();
    }

    @Test
    void shouldEditASentMessageButRefuseAnEditThatChangesNothing() {
        long id = call("sendMessage", Map.of("chat_id", USER, "text", "page 1")).result().path("message_id").asLong();

        Reply edited = call("editMessageText", Map.of("chat_id", USER, "message_id", id, "text", "page 2"));
        Reply again = call("editMessageText", Map.of("chat_id", USER, "message_id", id, "text", "page 2"));
        Reply unknown = call("editMessageText", Map.of("chat_id", USER, "message_id", id + 9, "text", "x"));

        assertThat(edited.result().path("text").asText()).isEqualTo("page 2");
        assertThat(telegram.shownMessage(USER, id)).hasValueSatisfying(shown ->
                assertThat(shown.path("text").asText()).isEqualTo("page 2"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.description()).startsWith("Bad Request: message is not modified");
        assertThat(unknown.description()).isEqualTo("Bad Request: message to edit not found");
    }

    // ---- updates fed to the bot

    @Test
    void shouldSendAnEditAsTheWholeMessageAgainWithItsNewText() {
        JsonNode sent = telegram.groupMessage(GROUP, USER, "/region@BriefBot Shenzen");

        JsonNode edit = telegram.editMessage(sent, "/region@BriefBot Shenzhen");

        JsonNode edited = edit.path("edited_message");
        assertThat(edited.path("message_id").asLong()).isEqualTo(sent.path("message").path("message_id").asLong());
        assertThat(edited.path("text").asText()).isEqualTo("/region@BriefBot Shenzhen");
        assertThat(edited.path("edit_date").asLong()).isPositive();
        assertThat(edited.path("entities").get(0).path("length").asInt()).isEqualTo("/region@BriefBot".length());
        assertThat(edit.path("update_id").asLong()).isGreaterThan(sent.path("update_id").asLong());
    }

    @Test
    void shouldMarkCommandsWithTheBotNameAndMentionsInGroups() {
        JsonNode command = telegram.groupMessage(GROUP, USER, "/region@BriefBot Shenzhen").path("message");
        JsonNode mention = telegram.groupMessage(SUPERGROUP, USER, "hey @BriefBot who ranks first?")
                .path("message");

        assertThat(command.path("chat").path("type").asText()).isEqualTo("group");
        assertThat(command.path("entities")).singleElement().satisfies(entity -> {
            assertThat(entity.path("type").asText()).isEqualTo("bot_command");
            assertThat(entity.path("offset").asInt()).isZero();
            assertThat(entity.path("length").asInt()).isEqualTo("/region@BriefBot".length());
        });
        assertThat(mention.path("chat").path("type").asText()).isEqualTo("supergroup");
        assertThat(mention.path("entities")).singleElement().satisfies(entity -> {
            assertThat(entity.path("type").asText()).isEqualTo("mention");
            assertThat(entity.path("offset").asInt()).isEqualTo(4);
            assertThat(entity.path("length").asInt()).isEqualTo(9);
        });
    }

    @Test
    void shouldShapeRepliesTopicsAndAnonymousAdminsLikeTelegram() {
        long botMessage = call("sendMessage", Map.of("chat_id", SUPERGROUP, "text", "Ask me")).result()
                .path("message_id").asLong();

        JsonNode reply = telegram.replyToBot(SUPERGROUP, USER, "Guangdong?", botMessage).path("message");
        JsonNode topic = telegram.forumTopicMessage(SUPERGROUP, 77, USER, "/help").path("message");
        JsonNode anonymous = telegram.anonymousAdminMessage(SUPERGROUP, "/subscribe").path("message");

        assertThat(reply.path("reply_to_message").path("from").path("username").asText()).isEqualTo("BriefBot");
        assertThat(reply.path("reply_to_message").path("text").asText()).isEqualTo("Ask me");
        assertThat(reply.path("message_id").asLong()).isGreaterThan(botMessage);
        assertThat(topic.path("message_thread_id").asLong()).isEqualTo(77);
        assertThat(topic.path("is_topic_message").asBoolean()).isTrue();
        assertThat(topic.path("reply_to_message").has("forum_topic_created")).isTrue();
        assertThat(anonymous.path("from").path("id").asLong()).isEqualTo(1087968824L);
        assertThat(anonymous.path("sender_chat").path("id").asLong()).isEqualTo(SUPERGROUP);
    }

    @Test
    void shouldLetTheBotAnswerAButtonPressOnce() {
        long id = call("sendMessage", Map.of("chat_id", USER, "text", "Regions", "reply_markup",
                Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Next", "callback_data", "p:2"))))))
                .result().path("message_id").asLong();
        JsonNode press = telegram.callbackQuery(USER, USER, id, "p:2").path("callback_query");

        Reply first = call("answerCallbackQuery", Map.of("callback_query_id", press.path("id").asText()));
        Reply second = call("answerCallbackQuery", Map.of("callback_query_id", press.path("id").asText()));

        assertThat(press.path("message").path("reply_markup").toString()).contains("p:2");
        assertThat(press.path("data").asText()).isEqualTo("p:2");
        assertThat(first.result().asBoolean()).isTrue();
        assertThat(second.description()).startsWith("Bad Request: query is too old");
    }

    @Test
    void shouldReportMembershipChangesAndConfiguredMembers() {
        telegram.setChatMember(GROUP, USER, "administrator");
        JsonNode added = telegram.myChatMember(GROUP, "left", "member").path("my_chat_member");
        JsonNode inline = telegram.inlineQuery(USER, "shenzhen").path("inline_query");

        JsonNode admin = call("getChatMember", Map.of("chat_id", GROUP, "user_id", USER)).result();
        JsonNode other = call("getChatMember", Map.of("chat_id", GROUP, "user_id", 9)).result();

        assertThat(added.path("old_chat_member").path("status").asText()).isEqualTo("left");
        assertThat(added.path("new_chat_member").path("user").path("is_bot").asBoolean()).isTrue();
        assertThat(inline.path("query").asText()).isEqualTo("shenzhen");
        assertThat(admin.path("status").asText()).isEqualTo("administrator");
        assertThat(admin.path("can_change_info").asBoolean()).isTrue();
        assertThat(other.path("status").asText()).isEqualTo("member");
    }

    // ---- rate limits

    @Test
    void shouldAnswer429WithRetryAfterWhenAChatGetsMoreThanOneMessageASecond() {
        telegram.enforceRateLimits(RateLimits.telegram().perChat(1, 1));

        Reply first = call("sendMessage", Map.of("chat_id", USER, "text", "one"));
        Reply second = call("sendMessage", Map.of("chat_id", USER, "text", "two"));
        Reply elsewhere = call("sendMessage", Map.of("chat_id", USER + 1, "text", "one"));
        Reply typing = call("sendChatAction", Map.of("chat_id", USER, "action", "typing"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.description()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(second.body().path("parameters").path("retry_after").asInt()).isEqualTo(1);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(typing.status()).isEqualTo(200);
        assertThat(telegram.tooManyRequestsCount()).isEqualTo(1);
        assertThat(telegram.sentMessages()).hasSize(2);
    }

    @Test
    void shouldLimitAGroupPerMinuteAndTheBotOverall() {
        telegram.enforceRateLimits(RateLimits.telegram().perChat(100, 100).groupPerMinute(2).globalPerSecond(4));

        List<Integer> group = Stream.of("a", "b", "c")
                .map(text -> call("sendMessage", Map.of("chat_id", GROUP, "text", text)))
                .map(Reply::status).toList();
        Reply retry = call("sendMessage", Map.of("chat_id", GROUP, "text", "d"));
        List<Integer> others = Stream.of(1L, 2L, 3L)
                .map(chat -> call("sendMessage", Map.of("chat_id", chat, "text", "x")).status()).toList();

        assertThat(group).containsExactly(200, 200, 429);
        assertThat(retry.body().path("parameters").path("retry_after").asInt()).isBetween(55, 60);
        assertThat(others).containsExactly(200, 200, 429);
    }

    @Test
    void shouldRecoverFromTheLimitSoonerOnAScaledClock() throws InterruptedException {
        telegram.enforceRateLimits(RateLimits.telegram().perChat(1, 1).timeScale(5));
        long started = System.nanoTime();

        call("sendMessage", Map.of("chat_id", USER, "text", "one"));
        Reply tooSoon = call("sendMessage", Map.of("chat_id", USER, "text", "two"));
        Duration between = Duration.ofNanos(System.nanoTime() - started);
        Thread.sleep(250);
        Reply later = call("sendMessage", Map.of("chat_id", USER, "text", "two"));

        // One Telegram second lasts 200 ms here; a machine too slow to send twice within it proves nothing.
        assumeThat(between).isLessThan(Duration.ofMillis(200));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(later.status()).isEqualTo(200);
    }

    // ---- scripted faults

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(Fault.serverError(), 500, "Internal Server Error"),
                Arguments.of(Fault.badGateway(), 502, "Bad Gateway"),
                Arguments.of(Fault.blockedByUser(), 403, "Forbidden: bot was blocked by the user"),
                Arguments.of(Fault.kickedFromGroup(), 403, "Forbidden: bot was kicked from the group chat"),
                Arguments.of(Fault.chatNotFound(), 400, "Bad Request: chat not found"),
                Arguments.of(Fault.migratedTo(SUPERGROUP), 400,
                        "Bad Request: group chat was upgraded to a supergroup chat"),
                Arguments.of(Fault.tooManyRequests(7), 429, "Too Many Requests: retry after 7"));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void shouldFailTheNextSendOnceAsScripted(Fault fault, int code, String description) {
        telegram.fail("sendMessage", fault);

        Reply failed = call("sendMessage", Map.of("chat_id", GROUP, "text", "hi"));
        Reply next = call("sendMessage", Map.of("chat_id", GROUP, "text", "hi"));

        assertThat(failed.status()).isEqualTo(code);
        assertThat(failed.body().path("error_code").asInt()).isEqualTo(code);
        assertThat(failed.description()).isEqualTo(description);
        assertThat(next.status()).isEqualTo(200);
        assertThat(telegram.sentMessages()).hasSize(1);
    }

    @Test
    void shouldCarryTheNewChatIdAndTheRetryAfterInParameters() {
        telegram.fail("sendMessage", Fault.migratedTo(SUPERGROUP));
        telegram.fail("sendMessage", Fault.tooManyRequests(7));

        JsonNode migrated = call("sendMessage", Map.of("chat_id", GROUP, "text", "hi")).body();
        JsonNode throttled = call("sendMessage", Map.of("chat_id", GROUP, "text", "hi")).body();

        assertThat(migrated.path("parameters").path("migrate_to_chat_id").asLong()).isEqualTo(SUPERGROUP);
        assertThat(throttled.path("parameters").path("retry_after").asInt()).isEqualTo(7);
        assertThat(telegram.tooManyRequestsCount()).isEqualTo(1);
    }

    @Test
    void shouldFailOnlyTheScriptedChatAsManyTimesAsScripted() {
        telegram.fail("SENDMESSAGE", Fault.blockedByUser().inChat(USER).times(2));

        List<Integer> statuses = Stream.of(USER, USER + 1, USER, USER)
                .map(chat -> call("sendMessage", Map.of("chat_id", chat, "text", "hi")).status()).toList();

        assertThat(statuses).containsExactly(403, 200, 403, 200);
    }

    @Test
    void shouldAnswerConflictToAPollWhenScripted() {
        telegram.fail("getUpdates", Fault.conflict());

        Reply conflict = getUpdates(Map.of());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.description()).startsWith("Conflict: terminated by other getUpdates request");
    }

    @Test
    void shouldRefuseAnEditWithMessageNotModifiedWhenScripted() {
        long id = call("sendMessage", Map.of("chat_id", USER, "text", "a")).result().path("message_id").asLong();
        telegram.fail("editMessageText", Fault.messageNotModified());

        Reply edit = call("editMessageText", Map.of("chat_id", USER, "message_id", id, "text", "b"));

        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.description()).startsWith("Bad Request: message is not modified");
    }

    @Test
    void shouldDropTheConnectionOrHoldTheRequestPastTheClientTimeout() {
        telegram.fail("sendMessage", Fault.dropConnection());
        telegram.fail("getMe", Fault.timeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> HTTP.send(json(request("sendMessage"), Map.of("chat_id", USER, "text", "x"))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> HTTP.send(json(request("getMe"), Map.of()).timeout(Duration.ofMillis(100))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
        assertThat(telegram.sentMessages()).isEmpty();
    }

    @Test
    void shouldDelayEveryAnswerByTheLatency() {
        telegram.setLatency(Duration.ofMillis(100));
        long started = System.nanoTime();

        call("getMe", Map.of());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    // ---- Telegram's HTML rules

    @ParameterizedTest
    @ValueSource(strings = {
        "<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins> <s>s</s> <strike>k</strike>",
        "<del>d</del> <tg-spoiler>x</tg-spoiler> <span class=\"tg-spoiler\">y</span>",
        "<a href=\"https://www.globaltimes.cn/page/202401/1306180.shtml\">Global Times</a>, 28 Jan 2024",
        "<blockquote>“Seize the opportunity of AI”</blockquote>\n<i>Xia Jun</i> — Shenzhen",
        "<pre><code class=\"language-java\">a &lt; b &amp;&amp; c &gt; d</code></pre>",
        "&quot;AI+&quot; &#8212; &#x2014; 1 > 0",
        "<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji> <B>upper</B>",
        "<blockquote expandable>a long quote</blockquote> <blockquote expandable=\"\">again</blockquote>",
        "<a href=example.org>name token</a> <b >spaced</b > <blockquote\nexpandable >x</blockquote>"})
    void shouldAcceptHtmlTelegramAccepts(String html) {
        Reply reply = call("sendMessage", Map.of("chat_id", USER, "text", html, "parse_mode", "HTML"));

        assertThat(reply.status()).as(reply.description()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div>block</div>",
        "<span>plain span</span>",
        "<b>unclosed",
        "<b><i>crossed</b></i>",
        "closed</b> only",
        "2 < 3",
        "AT&T",
        "caf&eacute;",
        "<a href=\"x\">broken tag</a",
        "<b",
        "<blockquote expandable>attribute on the end tag</blockquote expandable>",
        "<expandable>not a tag</expandable>",
        "<b =x>empty attribute name</b>",
        "<a href=https://x.org>a value that is no name token</a>"})
    void shouldRejectHtmlTelegramCannotParse(String html) {
        Reply reply = call("sendMessage", Map.of("chat_id", USER, "text", html, "parse_mode", "HTML"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.description()).startsWith("Bad Request: can't parse entities: ");
        assertThat(telegram.sentMessages()).isEmpty();
    }

    @Test
    void shouldAnswerWithTheEntitiesTelegramParsedAnExpandableQuoteAndALinkAmongThem() {
        JsonNode message = call("sendMessage", Map.of("chat_id", USER, "parse_mode", "HTML", "text",
                "<b>Xia Jun</b>\n<blockquote expandable>long</blockquote>\n<blockquote>short</blockquote>\n"
                        + "<i><a href=\"https://example.org/?a=1&amp;b=2\">Source</a></i>")).result();

        assertThat(message.path("text").asText()).isEqualTo("Xia Jun\nlong\nshort\nSource");
        assertThat(message.path("entities").toString()).isEqualTo("[{\"type\":\"bold\",\"offset\":0,\"length\":7},"
                + "{\"type\":\"expandable_blockquote\",\"offset\":8,\"length\":4},"
                + "{\"type\":\"blockquote\",\"offset\":13,\"length\":5},"
                + "{\"type\":\"italic\",\"offset\":19,\"length\":6},"
                + "{\"type\":\"text_link\",\"offset\":19,\"length\":6,\"url\":\"https://example.org/?a=1&b=2\"}]");
    }

    @Test
    void shouldCountTheLengthLimitAfterParsingTheHtml() {
        String fits = "<b>" + "&amp;".repeat(4096) + "</b>";
        String tooLong = "x".repeat(4097);

        Reply accepted = call("sendMessage", Map.of("chat_id", USER, "text", fits, "parse_mode", "HTML"));
        Reply refused = call("sendMessage", Map.of("chat_id", USER, "text", tooLong, "parse_mode", "HTML"));
        Reply refusedPlain = call("sendMessage", Map.of("chat_id", USER, "text", tooLong));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(refused.description()).isEqualTo("Bad Request: message is too long");
        assertThat(refusedPlain.description()).isEqualTo("Bad Request: message is too long");
    }

    @Test
    void shouldCheckTheHtmlOfEditsAndInlineResults() {
        long id = call("sendMessage", Map.of("chat_id", USER, "text", "a")).result().path("message_id").asLong();

        Reply edit = call("editMessageText", Map.of("chat_id", USER, "message_id", id, "text", "<p>b</p>",
                "parse_mode", "HTML"));
        Reply inline = call("answerInlineQuery", Map.of("inline_query_id", "1", "results", List.of(Map.of(
                "type", "article", "id", "sz", "title", "Shenzhen", "input_message_content",
                Map.of("message_text", "R&D", "parse_mode", "HTML")))));

        assertThat(edit.description()).startsWith("Bad Request: can't parse entities: Unsupported start tag \"p\"");
        assertThat(inline.description()).startsWith("Bad Request: can't parse entities: ");
    }

    @Test
    void shouldRefuseCallbackDataLongerThan64Bytes() {
        Map<String, Object> markup = Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Region",
                "callback_data", "r:" + "广东".repeat(11)))));

        Reply reply = call("sendMessage", Map.of("chat_id", USER, "text", "Pick", "reply_markup", markup));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.description()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }

    // ---- a tiny client

    private Reply getUpdates(Map<String, Object> params) {
        return call("getUpdates", params);
    }

    private Reply call(String method, Map<String, ?> params) {
        return send(json(request(method), params));
    }

    private HttpRequest.Builder request(String method) {
        return HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/" + method));
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, Map<String, ?> params) {
        try {
            return request.header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(params)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
