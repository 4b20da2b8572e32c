package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Finding;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/** Findings as inline articles: Telegram's limits on ids, counts and message length, whatever the findings hold. */
class InlineAnswersTest {

    private final InlineAnswers inline = new InlineAnswers(() -> null, new TelegramHtmlRenderer(), null,
            () -> "BriefBot");

    @Test
    void shouldCarryTheFirstPartOfALongAnswerAndSayWhereTheRestIs() {
        Answer.Item item = new Answer.Item("Xia Jun <CPPCC> & co", List.of("a line & more ".repeat(40)), List.of());
        Finding finding = finding("region:shenzhen", new Answer("Shenzhen", List.of(
                IntStream.range(0, 30).mapToObj(i -> item).toArray(Answer.Item[]::new)), List.of(), List.of()));

        String text = inline.messageText(finding);

        assertThat(new TelegramHtmlRenderer().render(finding.answer())).hasSizeGreaterThan(1);
        assertThat(text.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MESSAGE_LIMIT);
        assertThat(FakeBotApi.htmlProblem(text)).isEmpty();
        assertThat(text).startsWith("<b>Shenzhen</b>")
                .endsWith("<b>More in a private chat with @BriefBot: /region Shenzhen</b>");
    }

    @Test
    void shouldKeepShortKeysAndDigestLongOnesIntoDistinctIds() {
        String longKey = "proposal:2024-01-28-global-times-ai-growth/tian-jiajun-shenzhen-hong-kong-collaboration";

        String one = InlineAnswers.resultId(longKey);
        String other = InlineAnswers.resultId(longKey + "-2");

        assertThat(InlineAnswers.resultId("region:shenzhen")).isEqualTo("region:shenzhen");
        assertThat(List.of(one, other)).allSatisfy(id -> assertThat(id.getBytes(StandardCharsets.UTF_8).length)
                .isBetween(1, InlineAnswers.MAX_ID_BYTES));
        assertThat(one).isNotEqualTo(other).isEqualTo(InlineAnswers.resultId(longKey));
        assertThat(InlineAnswers.resultId("person:" + "夏".repeat(30)).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(InlineAnswers.MAX_ID_BYTES);
    }

    @Test
    void shouldOfferEachThingOnceAndNoMoreThanTelegramTakes() {
        List<Finding> findings = IntStream.range(0, 70)
                .mapToObj(i -> finding("region:r" + (i % 60), Answer.of("Region " + i))).toList();

        List<InlineQueryResultArticle> articles = inline.articles(findings);

        assertThat(articles).hasSize(InlineAnswers.MAX_RESULTS);
        assertThat(articles).extracting(InlineQueryResultArticle::getId).doesNotHaveDuplicates();
        assertThat(articles.get(0).getInputMessageContent()).isInstanceOfSatisfying(InputTextMessageContent.class,
                content -> assertThat(content.getParseMode()).isEqualTo("HTML"));
    }

    @Test
    void shouldShowTitlesAsOneShortLine() {
        Finding finding = new Finding(Finding.Kind.PROPOSAL, "proposal:x", "Line one\nline\u0000two " + "x".repeat(300),
                "\u0007", "/advisor X", Answer.of("X"));

        InlineQueryResultArticle article = inline.articles(List.of(finding)).get(0);

        assertThat(article.getTitle()).startsWith("Line one line two x").endsWith("…").doesNotContain("\n");
        assertThat(article.getTitle().length()).isLessThanOrEqualTo(100);
        assertThat(article.getDescription()).isEqualTo("…");
    }

    @Test
    void shouldReadQueriesAsTelegramSendsThemAtMost() {
        assertThat(InlineAnswers.typed(" shen\u0000zhen\n")).isEqualTo("shen zhen");
        assertThat(InlineAnswers.typed(null)).isEmpty();
        String emoji = "😀".repeat(300);
        assertThat(InlineAnswers.typed(emoji).codePointCount(0, InlineAnswers.typed(emoji).length()))
                .isEqualTo(InlineAnswers.LONGEST_QUERY);
    }

    @Test
    void shouldPostAnInlineAnswerWithAButtonOpeningTheSameAnswerInAPrivateChatAndNoPreview() {
        Finding finding = finding("region:shenzhen", Answer.of("Shenzhen"));

        var article = inline.articles(List.of(finding)).get(0);

        String url = article.getReplyMarkup().getKeyboard().get(0).get(0).getUrl();
        assertThat(url).startsWith("https://t.me/BriefBot?start=");
        assertThat(DeepLinks.read(url.substring(url.indexOf("?start=") + 7))).contains(finding.command());
        var content = (org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent
                .InputTextMessageContent) article.getInputMessageContent();
        assertThat(content.getLinkPreviewOptions().getIsDisabled()).isTrue();
    }

    @Test
    void shouldOfferNoOpenButtonForACommandNoLinkCanCarry() {
        Finding finding = new Finding(Finding.Kind.PROPOSAL, "proposal:x", "x", "x",
                "/ask " + "a question far too long to travel in a link of sixty-four characters ".repeat(2),
                Answer.of("x"));

        assertThat(inline.openRow(finding)).isEmpty();
        assertThat(inline.articles(List.of(finding)).get(0).getReplyMarkup()).isNull();
    }

    private static Finding finding(String key, Answer answer) {
        return new Finding(Finding.Kind.REGION, key, "Shenzhen — 4 statements", "a city", "/region Shenzhen", answer);
    }
}
