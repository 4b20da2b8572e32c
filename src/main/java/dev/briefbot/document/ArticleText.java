package dev.briefbot.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's article as the seeds folder keeps an unreviewed brief's text ({@code docs/seed-format.md}): UTF-8, a
 * paragraph a line with a blank line between, and for an HTML page the lines that {@code brief.Masthead} reads first
 * (the headline, "Published: 2024-01-28 20:50", "Source: Global Times") taken from the page's own tags. A text file is
 * kept as it is, its line ends and stray spaces aside.
 */
public final class ArticleText {

    /** More than this is not an article: a book, a site, a data dump. */
    static final int LONGEST = 400_000;

    private ArticleText() {
    }

    /** The article of a document of this kind; refused with what was wrong when there is none to take. */
    public static String of(DocumentKind kind, byte[] content) throws UnreadableDocument {
        String text = switch (kind) {
            case TEXT -> PlainText.read(content);
            case HTML -> html(HtmlArticle.read(content));
            case PDF -> String.join("\n\n", PdfArticle.read(content));
        };
        String tidied = tidy(text);
        if (tidied.isBlank()) {
            throw new UnreadableDocument(kind == DocumentKind.PDF
                    ? "holds no text I can read (a scanned page is a picture of text); send the article as .html "
                            + "or .txt."
                    : "holds no text; send the article itself.");
        }
        if (tidied.length() > LONGEST) {
            throw new UnreadableDocument("holds " + tidied.length() / 1000 + " thousand characters, more than an "
                    + "article; send the article alone.");
        }
        return tidied;
    }

    private static String html(HtmlArticle.Article article) {
        List<String> header = new ArrayList<>();
        if (article.title() != null) {
            header.add(article.title());
        }
        if (article.published() != null) {
            header.add("Published: " + article.published());
        }
        if (article.publisher() != null) {
            header.add("Source: " + article.publisher());
        }
        if (article.paragraphs().isEmpty()) {
            return "";
        }
        String body = String.join("\n\n", article.paragraphs());
        return header.isEmpty() ? body : String.join("\n", header) + "\n\n" + body;
    }

    /** Line ends made {@code \n}, control characters and trailing spaces dropped, at most one blank line in a row. */
    static String tidy(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return lines.isEmpty() ? "" : lines + "\n";
    }
}
