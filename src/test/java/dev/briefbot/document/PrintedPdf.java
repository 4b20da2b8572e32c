package dev.briefbot.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An article printed to PDF as a browser prints a page: its paragraphs wrapped to the width of the page, a long word
 * hyphenated at a line's end, a gap between paragraphs, a running header on every page and its number at the foot.
 * A paragraph runs on over a page break where the lines fall so.
 */
public final class PrintedPdf {

    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final int WIDTH = 72;
    private static final int LINES_PER_PAGE = 24;

    private PrintedPdf() {
    }

    /** The paragraphs, printed under {@code runningHeader} on each page. */
    public static byte[] of(List<String> paragraphs, String runningHeader) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrapped(paragraph));
            lines.add("");
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    float top = page.getMediaBox().getHeight() - 50;
                    line(text, font, 50, top, runningHeader);
                    float y = top - 3 * LEADING;
                    for (String line : pages.get(n)) {
                        if (!line.isEmpty()) {
                            line(text, font, 50, y, line);
                        }
                        // a blank line's height between paragraphs, as a page prints its margin
                        y -= line.isEmpty() ? 2 * LEADING : LEADING;
                    }
                    line(text, font, 280, 40, "Page " + (n + 1) + " of " + pages.size());
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float x, float y, String line)
            throws IOException {
        text.beginText();
        text.setFont(font, SIZE);
        text.newLineAtOffset(x, y);
        text.showText(line);
        text.endText();
    }

    /** Lines of at most {@link #WIDTH} characters; a long word that would cross it is hyphenated before a lowercase part. */
    static List<String> wrapped(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            int room = WIDTH - line.length() - (line.isEmpty() ? 0 : 1);
            if (word.length() <= room) {
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            int cut = room - 1;
            if (word.matches("\\p{L}{9,}") && cut >= 4 && word.length() - cut >= 4
                    && Character.isLowerCase(word.charAt(cut))) {
                line.append(line.isEmpty() ? "" : " ").append(word, 0, cut).append('-');
                lines.add(line.toString());
                line.setLength(0);
                line.append(word.substring(cut));
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
