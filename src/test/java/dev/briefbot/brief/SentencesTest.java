package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void shouldSplitAtFullStopsBeforeACapital() {
        assertThat(Sentences.texts("AI grows fast. Lawmakers noticed! Will it last? Nobody knows."))
                .containsExactly("AI grows fast.", "Lawmakers noticed!", "Will it last?", "Nobody knows.");
    }

    @Test
    void shouldNotSplitAfterTitlesInitialsAndCommonAbbreviations() {
        assertThat(Sentences.texts("Dr. Li met Mr. J. K. Wang of Acme Inc. in the U.S. on Jan. 28. They talked."))
                .containsExactly("Dr. Li met Mr. J. K. Wang of Acme Inc. in the U.S. on Jan. 28.", "They talked.");
    }

    @Test
    void shouldNotSplitDecimalsOrAbbreviationsWithoutASpace() {
        assertThat(Sentences.texts("The market grew 3.5 percent, e.g. in Shenzhen. It is 1.2 trillion yuan."))
                .containsExactly("The market grew 3.5 percent, e.g. in Shenzhen.", "It is 1.2 trillion yuan.");
    }

    @Test
    void shouldKeepAClosingQuoteWithItsSentenceAndStartANewOneAtAnOpeningQuote() {
        String text = "He believes it will help. \"The output is not standardized. Technology would help.\" "
                + "“We will try,” she said. ‘Yes.’ Done.";

        assertThat(Sentences.texts(text)).containsExactly("He believes it will help.",
                "\"The output is not standardized.", "Technology would help.\"", "“We will try,” she said.",
                "‘Yes.’", "Done.");
    }

    @Test
    void shouldKeepASentenceWhoseQuoteIsFollowedByItsAttribution() {
        assertThat(Sentences.texts("\"It is time.\" said Li. Then he left."))
                .containsExactly("\"It is time.\" said Li.", "Then he left.");
    }

    @Test
    void shouldNotSplitAtAnEllipsisInsideASentence() {
        assertThat(Sentences.texts("We tried... and failed. Then … we won."))
                .containsExactly("We tried... and failed.", "Then … we won.");
    }

    @Test
    void shouldStartAParagraphAtABlankLineAndKeepAHardWrappedLineInItsSentence() {
        String text = "A heading\n\nFirst paragraph goes on and on past the edge of the line that the editor wrapped\n"
                + "here. Second sentence.\n\nSecond paragraph.";

        List<Sentences.Sentence> sentences = Sentences.of(text);

        assertThat(sentences).extracting(Sentences.Sentence::text).containsExactly("A heading",
                "First paragraph goes on and on past the edge of the line that the editor wrapped\nhere.",
                "Second sentence.", "Second paragraph.");
        assertThat(sentences).extracting(Sentences.Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(sentences).allSatisfy(sentence ->
                assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text()));
    }

    @Test
    void shouldSplitChineseSentencesWithoutSpaces() {
        assertThat(Sentences.texts("人工智能发展很快。我们要抓住机遇！")).containsExactly("人工智能发展很快。", "我们要抓住机遇！");
    }
}
