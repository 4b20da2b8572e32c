package dev.briefbot.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A news page's article: the headline, site and publication time from the page's own tags, and the story's
 * paragraphs, one a line, from its {@code <article>} (else {@code <main>}, else the body) once navigation, headers,
 * footers, asides, scripts, styles, figures, forms and the blocks news sites name share, related, newsletter ... are
 * gone. The text keeps the page's own characters; only whitespace is tidied.
 */
final class HtmlArticle {

    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, form, "
            + "iframe, svg, canvas, button, select, input, textarea, figure, figcaption, picture, video, audio, "
            + "object, embed, menu, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog], [aria-hidden=true], [hidden]";
    /** Words in a class or id that mark a block of the page, not of the story. */
    private static final Set<String> BOILERPLATE_NAMES = Set.of("share", "sharing", "social", "related",
            "recommended", "newsletter", "subscribe", "subscription", "comment", "comments", "advert",
            "advertisement", "ad", "ads", "promo", "breadcrumb", "breadcrumbs", "cookie", "cookies", "sidebar",
            "menu", "popup", "modal", "paywall", "tags", "byline", "author", "toolbar", "skip");
    private static final Pattern NAME_WORDS = Pattern.compile("[-_\\s]+");
    /** Lines a page prints between paragraphs that are not the story. */
    private static final Pattern STRAY_LINE = Pattern.compile("(?i)^(advertisement|share( this( article| story)?)?"
            + "|read more|related( articles| stories)?|subscribe.*|sign up.*|click here.*|continue reading"
            + "|scroll to continue.*)$");
    private static final Pattern ISO_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?");

    /** What the page says of itself, and the story's paragraphs; any of the first three may be null. */
    record Article(String title, String publisher, String published, List<String> paragraphs) {
    }

    private HtmlArticle() {
    }

    static Article read(byte[] content) throws UnreadableDocument {
        Document page;
        try {
            // the charset from a byte-order mark or the page's <meta>, else UTF-8
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadableDocument("could not be read as an HTML page; save the page again (as .html, or "
                    + "print it to .pdf) and send it again.");
        }
        Element story = story(page);
        String title = title(page, story);
        String publisher = meta(page, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]").orElse(null);
        String published = published(page, story).orElse(null);
        page.select(BOILERPLATE).remove();
        removeNamedBoilerplate(page);
        Element root = story(page);
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines(root)) {
            if (!line.equals(title) && !STRAY_LINE.matcher(line).matches()) {
                paragraphs.add(line);
            }
        }
        return new Article(title, publisher, published, paragraphs);
    }

    /** The story: the page's {@code <article>} with the most paragraph text, else {@code <main>}, else the body. */
    private static Element story(Document page) {
        Optional<Element> article = page.select("article").stream()
                .max(Comparator.comparingInt(HtmlArticle::paragraphText));
        if (article.isPresent() && paragraphText(article.get()) > 0) {
            return article.get();
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The story's own headline, else the page's first, else what the page tells sharing sites, else its title. */
    private static String title(Document page, Element story) {
        for (Element heading : List.of(story.select("h1"), page.select("h1")).stream().flatMap(Elements::stream)
                .toList()) {
            String text = tidy(heading.text());
            if (!text.isEmpty()) {
                return text;
            }
        }
        return meta(page, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> Optional.of(tidy(page.title())).filter(title -> !title.isEmpty()))
                .orElse(null);
    }

    /** The publication time the page gives, as "2024-01-28 20:50" or a date alone, in the page's own time. */
    private static Optional<String> published(Document page, Element story) {
        List<String> candidates = new ArrayList<>();
        meta(page, "meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=date]", "meta[name=dc.date.issued]", "meta[itemprop=datePublished]")
                .ifPresent(candidates::add);
        for (Element time : story.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (Element time : page.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            Matcher iso = ISO_TIME.matcher(candidate.strip());
            if (iso.find()) {
                return Optional.of(iso.group(2) == null ? iso.group(1) : iso.group(1) + " " + iso.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String... selectors) {
        for (String selector : selectors) {
            for (Element meta : page.select(selector)) {
                String value = tidy(meta.hasAttr("content") ? meta.attr("content") : meta.text());
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static void removeNamedBoilerplate(Document page) {
        for (Element element : page.body() == null ? List.<Element>of() : page.body().select("[class], [id]")) {
            if (element.parent() != null && element != page.body() && namedAsBoilerplate(element)) {
                element.remove();
            }
        }
    }

    private static boolean namedAsBoilerplate(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return Arrays.stream(NAME_WORDS.split(names)).anyMatch(BOILERPLATE_NAMES::contains);
    }

    /** The element's text, a line per block (paragraph, heading, list item, quote) and per {@code <br>}. */
    private static List<String> lines(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.getWholeText().replaceAll("[\\t\\n\\r\\f ]+", " "));
                } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String tidied = tidy(line);
            if (!tidied.isEmpty()) {
                lines.add(tidied);
            }
        }
        return lines;
    }

    // runs of spaces made one; a page's non-breaking spaces are the text's own, and kept
    private static String tidy(String line) {
        return line.replaceAll("[\\t\\n\\r\\f ]+", " ").strip();
    }
}
