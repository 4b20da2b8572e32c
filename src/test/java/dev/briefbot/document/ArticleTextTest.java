package dev.briefbot.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.briefbot.brief.Masthead;
import org.junit.jupiter.api.Test;

/**
 * A document's article as the seeds folder keeps it: from an HTML page the story alone, without its navigation and
 * boilerplate, headed by the lines the loader's masthead reads; from a PDF its paragraphs whole again; from a text
 * file the text itself. What holds no article is refused with a reason a sender can act on.
 */
class ArticleTextTest {

    static final Path ARTICLE = Path.of("src/test/resources/draft/dev/2024-03-08-daily-nanshan-robots.txt");
    static final Path PAGE = Path.of("src/test/resources/documents/nanshan-robots.html");

    @Test
    void shouldKeepTheStoryOfAPageAndDropItsNavigationAndBoilerplate() throws Exception {
        String text = ArticleText.of(DocumentKind.HTML, Files.readAllBytes(PAGE));

        List<String> expected = new java.util.ArrayList<>(List.of("Nanshan lawmakers back humanoid robots for care "
                + "homes\nPublished: 2024-03-08 09:30\nSource: Shenzhen Daily"));
        expected.addAll(storyParagraphs());
        assertThat(text.strip().split("\n\n")).containsExactlyElementsOf(expected);
        assertThat(text).doesNotContain("cookies", "Sport", "Share on", "Advertisement", "Related stories",
                "Robots take over", "newsletter", "Most read", "Copyright", "Photo: VCG", "dataLayer", "font-family");
    }

    @Test
    void shouldHeadAPagesStoryWithTheLinesTheMastheadReads() throws Exception {
        String text = ArticleText.of(DocumentKind.HTML, Files.readAllBytes(PAGE));

        Masthead masthead = Masthead.read("", text);
        assertThat(masthead.title()).isEqualTo("Nanshan lawmakers back humanoid robots for care homes");
        assertThat(masthead.publisher()).isEqualTo("Shenzhen Daily");
        assertThat(masthead.published()).isEqualTo(Masthead.date("2024-03-08 09:30").orElseThrow());
        assertThat(text.substring(masthead.bodyStart())).startsWith("Lawmakers from Shenzhen's Nanshan District");
    }

    @Test
    void shouldTakeABarePageWithoutArticleOrMainFromItsBody() throws Exception {
        String page = "<html><body><nav>Home | News</nav><h1>A short note</h1><p>The first paragraph, which "
                + "runs on.</p><p>The second&nbsp;one.</p><footer>About us</footer></body></html>";

        String text = ArticleText.of(DocumentKind.HTML, page.getBytes(StandardCharsets.UTF_8));

        assertThat(text).isEqualTo("A short note\n\nThe first paragraph, which runs on.\n\nThe second\u00a0one.\n");
    }

    @Test
    void shouldJoinAPrintedArticlesWrappedAndHyphenatedLinesIntoItsParagraphs() throws Exception {
        List<String> paragraphs = articleParagraphs();
        byte[] pdf = PrintedPdf.of(paragraphs, "Shenzhen Daily - Nanshan lawmakers back humanoid robots");
        assertThat(paragraphs.stream().flatMap(p -> PrintedPdf.wrapped(p).stream()))
                .as("the printed lines hyphenate a word somewhere").anyMatch(line -> line.matches(".*\\p{L}-"));

        String text = ArticleText.of(DocumentKind.PDF, pdf);

        assertThat(text.strip().split("\n\n")).containsExactlyElementsOf(paragraphs);
        assertThat(text).doesNotContain("Page 1 of", "Shenzhen Daily - Nanshan");
    }

    @Test
    void shouldKeepATextFileAsItIsButItsLineEnds() throws Exception {
        byte[] text = "\uFEFFA headline\r\nPublished: 2024-03-08\r\n\r\n\r\n\r\nIt said “so”.  \r\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ArticleText.of(DocumentKind.TEXT, text)).isEqualTo("A headline\nPublished: 2024-03-08\n\n"
                + "It said “so”.\n");
    }

    @Test
    void shouldRefuseADamagedPdf() {
        byte[] damaged = Arrays.copyOf(PrintedPdf.of(articleParagraphs(), "x"), 600);

        assertThat(refusal(DocumentKind.PDF, damaged)).startsWith("could not be read as a PDF");
        assertThat(refusal(DocumentKind.PDF, "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .startsWith("is not a PDF");
    }

    @Test
    void shouldRefuseAPdfWithoutText() {
        assertThat(refusal(DocumentKind.PDF, PrintedPdf.of(List.of(), ""))).startsWith("holds no text I can read");
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8OrNotText() {
        assertThat(refusal(DocumentKind.TEXT, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("is not UTF-8 text");
        assertThat(refusal(DocumentKind.TEXT, new byte[] {'P', 'K', 3, 4, 0, 0})).startsWith("is not a text file");
        assertThat(refusal(DocumentKind.TEXT, " \n\n ".getBytes(StandardCharsets.UTF_8))).startsWith("holds no text");
        assertThat(refusal(DocumentKind.HTML, "<html><body><nav>Home</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8))).startsWith("holds no text");
    }

    @Test
    void shouldKnowADocumentsKindByItsNameElseByItsType() {
        assertThat(DocumentKind.of("Brief.PDF", "application/octet-stream")).contains(DocumentKind.PDF);
        assertThat(DocumentKind.of("page.htm", null)).contains(DocumentKind.HTML);
        assertThat(DocumentKind.of("notes", "text/plain; charset=utf-8")).contains(DocumentKind.TEXT);
        assertThat(DocumentKind.of("report.docx", "text/plain")).isEmpty();
        assertThat(DocumentKind.of(null, "image/png")).isEmpty();
    }

    private static String refusal(DocumentKind kind, byte[] content) {
        return catchThrowableOfType(UnreadableDocument.class, () -> ArticleText.of(kind, content)).getMessage();
    }

    /** The article's own lines and paragraphs, as its .txt has them. */
    static List<String> articleParagraphs() {
        try {
            String text = Files.readString(ARTICLE);
            List<String> paragraphs = new java.util.ArrayList<>(List.of(text.strip().split("\n\n")));
            // its three header lines, each a paragraph of the print
            String header = paragraphs.remove(0);
            paragraphs.addAll(0, List.of(header.split("\n")));
            return paragraphs;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> storyParagraphs() {
        List<String> paragraphs = articleParagraphs();
        return paragraphs.subList(3, paragraphs.size());
    }
}
