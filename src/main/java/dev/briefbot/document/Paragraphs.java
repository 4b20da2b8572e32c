package dev.briefbot.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A laid-out text's lines made paragraphs again, as a PDF's text comes out: wrapped lines joined, a word hyphenated
 * across a line break joined whole (its hyphen kept before a capital), and a paragraph ended where the layout ended one (a blank line, the end a PDF
 * reader detected) or where a short line closes a sentence. A page's running header and footer (the lines repeated
 * at the top or bottom of most pages, page numbers included) and lone page numbers are dropped.
 */
final class Paragraphs {

    /** Where the PDF reader saw a paragraph end. */
    static final char PARAGRAPH_END = '\u2029';

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)»]$");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}-$");
    /** Lines this near a page's top or bottom may be its running header or footer. */
    private static final int EDGE_LINES = 3;
    /** A line shorter than this share of the text's usual line ends its paragraph, if it ends a sentence. */
    private static final double SHORT_LINE = 0.7;

    private Paragraphs() {
    }

    /** The paragraphs of pages of text, in order; a paragraph that runs on over a page break is joined. */
    static List<String> of(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            lines.add(List.of(page.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        }
        Set<String> running = runningLines(lines);
        List<String> kept = new ArrayList<>();
        for (List<String> page : lines) {
            // the end of a running header is no paragraph's end
            boolean pageHasText = false;
            for (String line : page) {
                String tidied = line.replaceAll("[\\t ]+", " ").strip();
                boolean ends = tidied.isEmpty() || tidied.indexOf(PARAGRAPH_END) >= 0;
                String rest = tidied.replace(String.valueOf(PARAGRAPH_END), "").strip();
                if (!rest.isEmpty() && !isNoise(rest, running)) {
                    kept.add(rest);
                    pageHasText = true;
                }
                if (ends && pageHasText) {
                    kept.add("");
                }
            }
            // a page ends no paragraph by itself: one that runs on, mid-sentence, joins the next page's first line
            runOn(kept);
        }
        return join(kept);
    }

    private static void runOn(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).isEmpty()) {
            last--;
        }
        if (last >= 0 && !SENTENCE_END.matcher(kept.get(last)).matches()) {
            kept.subList(last + 1, kept.size()).clear();
        } else {
            kept.add("");
        }
    }

    private static boolean isNoise(String line, Set<String> running) {
        return PAGE_NUMBER.matcher(line).matches() || running.contains(shape(line));
    }

    /** Lines found near the top or bottom of at least two pages and half of them, their numbers aside. */
    private static Set<String> runningLines(List<List<String>> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            List<String> text = page.stream().map(line -> line.replace(String.valueOf(PARAGRAPH_END), "").strip())
                    .filter(line -> !line.isEmpty()).toList();
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < text.size(); i++) {
                if (i < EDGE_LINES || i >= text.size() - EDGE_LINES) {
                    edges.add(shape(text.get(i)));
                }
            }
            edges.forEach(edge -> seen.merge(edge, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        seen.forEach((line, count) -> {
            if (count >= 2 && count * 2 >= pages.size()) {
                running.add(line);
            }
        });
        return running;
    }

    private static String shape(String line) {
        return line.replaceAll("[\\t ]+", " ").strip().replaceAll("\\d+", "#");
    }

    private static List<String> join(List<String> lines) {
        int usual = usualLength(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                end(paragraph, paragraphs);
                continue;
            }
            if (paragraph.isEmpty()) {
                paragraph.append(line);
            } else if (HYPHENATED.matcher(paragraph).matches()) {
                // "pro-" + "posals" is one word; "Sino-" + "American" keeps its hyphen
                if (Character.isLowerCase(line.codePointAt(0))) {
                    paragraph.setLength(paragraph.length() - 1);
                }
                paragraph.append(line);
            } else {
                paragraph.append(' ').append(line);
            }
            if (line.length() < usual * SHORT_LINE && SENTENCE_END.matcher(line).matches()) {
                end(paragraph, paragraphs);
            }
        }
        end(paragraph, paragraphs);
        return paragraphs;
    }

    private static void end(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** The length most of the text's lines reach: the upper quartile, so short lines do not pull it down. */
    private static int usualLength(List<String> lines) {
        int[] lengths = lines.stream().filter(line -> !line.isEmpty()).mapToInt(String::length).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[lengths.length * 3 / 4];
    }
}
