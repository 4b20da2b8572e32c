package dev.briefbot.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text, page by page, made {@link Paragraphs} again. Its streams are cached in a temporary file, not the heap:
 * 2 MB of compressed PDF may unpack to far more.
 */
final class PdfArticle {

    /** More pages than this is a report or a book, not an article. */
    static final int MOST_PAGES = 200;

    private PdfArticle() {
    }

    static List<String> read(byte[] content) throws UnreadableDocument {
        if (!startsLikePdf(content)) {
            throw new UnreadableDocument("is not a PDF, whatever its name says; send the article as .pdf, .html or "
                    + ".txt.");
        }
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages > MOST_PAGES) {
                throw new UnreadableDocument("has " + pages + " pages; I take articles of at most " + MOST_PAGES
                        + ". Send the article alone.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd(String.valueOf(Paragraphs.PARAGRAPH_END) + "\n");
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(pdf));
            }
            return Paragraphs.of(texts);
        } catch (InvalidPasswordException locked) {
            throw new UnreadableDocument("is protected by a password; send a copy without one.");
        } catch (IOException | RuntimeException damaged) {
            // PDFBox throws unchecked exceptions too on some damaged files
            throw new UnreadableDocument("could not be read as a PDF: it seems damaged. Save or print it to PDF "
                    + "again, or send the article as .html or .txt.");
        }
    }

    private static boolean startsLikePdf(byte[] content) {
        // the header may follow a few bytes of junk, as readers allow
        String start = new String(content, 0, Math.min(content.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }
}
