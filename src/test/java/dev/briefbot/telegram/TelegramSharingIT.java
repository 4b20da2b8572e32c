package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefbot.chat.AnswerPages;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What an answer offers beyond its text, over HTTP against the fake Bot API: a share link that opens the same answer
 * in a private chat, a source line linked to the article, no link previews, and a long region answer that Telegram's
 * parser takes with its long quotes collapsed. The seeds are the project's own, with the article's address added.
 */
class TelegramSharingIT extends BotOverFakeTelegram {

    private static final String ARTICLE = "https://example.org/ai-growth?from=briefbot&lang=en";
    /** What a phone shows of a collapsed expandable quote: about three lines. */
    private static final int COLLAPSED_QUOTE = 120;

    private static Path seeds;

    @DynamicPropertySource
    static void seedsWithTheArticlesAddress(DynamicPropertyRegistry registry) throws IOException {
        seeds = Files.createTempDirectory("briefbot-seeds");
        FileSystemUtils.copyRecursively(Path.of("seeds"), seeds);
        Path yaml = seeds.resolve("2024-01-28-global-times-ai-growth.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^section: .*$", "$0\nurl: " + ARTICLE));
        registry.add("briefbot.seeds-dir", seeds::toString);
    }

    @AfterAll
    static void removeTheSeeds() throws IOException {
        FileSystemUtils.deleteRecursively(seeds);
    }

    @Test
    void shouldOfferAShareLinkThatOpensTheSameAnswerInAPrivateChat() {
        telegram.groupMessage(-1001, 31, "/region@BriefBot Shenzhen");
        SentMessage answer = telegram.awaitSent(-1001, 1, WAIT).get(0);
        String link = deepLink(answer);

        assertThat(link).matches("https://t\\.me/BriefBot\\?start=[A-Za-z0-9_-]{1,64}");
        telegram.privateMessage(1002, "/start " + link.substring(link.indexOf("=") + 1));

        SentMessage opened = telegram.awaitSent(1002, 1, WAIT).get(0);
        assertThat(opened.text()).isEqualTo(answer.text());
        assertThat(deepLink(opened)).isEqualTo(link);
    }

    @Test
    void shouldShareAFreeTextQuestionAndAnswerItTheSameWhenItComesBack() {
        telegram.privateMessage(1003, "who proposed AI robots for elderly care?");
        SentMessage answer = telegram.awaitSent(1003, 1, WAIT).get(0);
        String payload = deepLink(answer).replaceFirst(".*start=", "");

        telegram.privateMessage(1004, "/start " + payload);

        assertThat(telegram.awaitSent(1004, 1, WAIT).get(0).text()).isEqualTo(answer.text()).contains("Wu Wenyan");
    }

    @Test
    void shouldGreetATamperedOrOversizedLinkPolitelyAndKeepAnswering() {
        List<String> payloads = List.of("region_!!", "region-Shen__zhen", "reload", "subscribe-Shenzhen",
                "region-" + "A".repeat(80), "ask_" + "QUFB".repeat(20), "region_5rex5Zy");
        payloads.forEach(payload -> telegram.privateMessage(1005, "/start " + payload));
        telegram.privateMessage(1005, "/region Shenzhen");

        List<SentMessage> sent = telegram.awaitSent(1005, payloads.size() + 1, WAIT);

        assertThat(sent.subList(0, payloads.size())).allSatisfy(greeting -> assertThat(greeting.text())
                .startsWith("<b>Hello!").contains("That link did not come through whole"));
        assertThat(sent.get(payloads.size()).text()).contains("Xia Jun");
    }

    @Test
    void shouldLinkTheSourceLineToTheArticleAndDisableLinkPreviews() {
        telegram.privateMessage(1006, "/who elderly care");
        SentMessage answer = telegram.awaitSent(1006, 1, WAIT).get(0);

        assertThat(answer.text()).contains("<a href=\"https://example.org/ai-growth?from=briefbot&amp;lang=en\">");
        JsonNode shown = telegram.shownMessage(1006, answer.messageId()).orElseThrow();
        assertThat(shown.path("entities").findValuesAsText("url")).contains(ARTICLE);
        awaitEveryUpdateHandled();
        assertThat(telegram.calls("sendMessage")).allSatisfy(call -> assertThat(
                call.params().path("link_preview_options").path("is_disabled").asBoolean()).as(call.toString())
                .isTrue());
    }

    @Test
    void shouldSendALongRegionAnswerWithExpandableQuotesAndAFirstScreenAPhoneShowsWhole() {
        telegram.privateMessage(1007, "/region Shenzhen");
        telegram.privateMessage(1008, "/region Shanghai");
        SentMessage shenzhen = telegram.awaitSent(1007, 1, WAIT).get(0);
        SentMessage shanghai = telegram.awaitSent(1008, 1, WAIT).get(0);

        assertThat(shenzhen.text()).contains("<blockquote expandable>");
        JsonNode shown = telegram.shownMessage(1007, shenzhen.messageId()).orElseThrow();
        assertThat(shown.path("entities").findValuesAsText("type")).contains("expandable_blockquote");
        assertThat(firstScreen(shown)).isLessThanOrEqualTo(AnswerPages.SCREEN_CHARS);
        assertThat(firstScreen(telegram.shownMessage(1008, shanghai.messageId()).orElseThrow()))
                .isLessThanOrEqualTo(AnswerPages.SCREEN_CHARS);
    }

    /** The characters a phone shows before any tap: the text, with each expandable quote as its collapsed lines. */
    private static int firstScreen(JsonNode shown) {
        int visible = shown.path("text").asText().length();
        for (JsonNode entity : shown.path("entities")) {
            if (entity.path("type").asText().equals("expandable_blockquote")) {
                visible -= Math.max(0, entity.path("length").asInt() - COLLAPSED_QUOTE);
            }
        }
        return visible;
    }

    /** The link the answer's share button opens Telegram's share sheet with. */
    private static String deepLink(SentMessage answer) {
        List<String> urls = answer.params().path("reply_markup").findValuesAsText("url");
        assertThat(urls).as("share buttons").hasSize(1);
        assertThat(urls.get(0)).startsWith("https://t.me/share/url?url=");
        return URLDecoder.decode(urls.get(0).substring("https://t.me/share/url?url=".length()),
                StandardCharsets.UTF_8);
    }
}
