package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker every HTML test relies on must itself refuse what Telegram refuses. */
class TelegramHtmlTest {

    @Test
    void shouldAcceptTelegramsTagsAndEntities() {
        assertThat(TelegramHtml.problem("<b>a &amp; b</b>\n<blockquote>&lt;x&gt; &quot; &#128512; &#x1F600;</blockquote>"))
                .isNull();
        assertThat(TelegramHtml.problem("<a href=\"https://example.org\">link</a> <tg-spoiler>s</tg-spoiler>")).isNull();
    }

    @Test
    void shouldRefuseWhatTelegramCannotParse() {
        assertThat(TelegramHtml.problem("<script>x</script>")).contains("not allowed");
        assertThat(TelegramHtml.problem("<b>x</i>")).contains("unbalanced");
        assertThat(TelegramHtml.problem("<b>x")).contains("unclosed");
        assertThat(TelegramHtml.problem("a < b")).contains("bare <");
        assertThat(TelegramHtml.problem("a & b")).contains("bare &");
        assertThat(TelegramHtml.problem("caf&eacute;")).contains("bare &");
        assertThat(TelegramHtml.problem("<b class=\"x\">y</b>")).contains("bare <");
        assertThat(TelegramHtml.problem("x".repeat(4097))).contains("longer than 4096");
        assertThat(TelegramHtml.problem(" \n")).contains("blank");
        assertThat(TelegramHtml.problem("a\uD800b")).contains("lone surrogate");
    }

    @Test
    void shouldCountEachEntityAsOneVisibleCharacter() {
        assertThat(TelegramHtml.visibleText("<b>a &amp; b</b>")).isEqualTo("a _ b");
    }
}
