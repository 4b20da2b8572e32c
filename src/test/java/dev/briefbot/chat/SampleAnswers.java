package dev.briefbot.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answer.Item;
import dev.briefbot.answer.Answer.Quote;
import dev.briefbot.answer.Answer.Suggestion;
import dev.briefbot.brief.Source;

/** Answers built by hand in the shapes the answer package returns, to pin down rendering on its own. */
final class SampleAnswers {

    static final Source GLOBAL_TIMES = new Source(
            "Lawmakers and political advisors brainstorm to seize opportunity for AI growth",
            "Global Times", LocalDate.of(2024, 1, 28));

    private SampleAnswers() {
    }

    static Answer region() {
        return new Answer("Shenzhen (Guangdong)",
                List.of(new Item("Xia Jun — deputy to the Shenzhen Municipal People's Congress · Shenzhen",
                        List.of("Make Shenzhen a hub for AI large models.", "Region: Shenzhen"),
                        List.of(new Quote("Shenzhen should seize the opportunity of AI large models", GLOBAL_TIMES))),
                        new Item("Context",
                                List.of("Shenzhen wants to narrow its gap with the Yangtze River Delta."),
                                List.of(new Quote("narrow the gap with the Yangtze River Delta", GLOBAL_TIMES),
                                        new Quote("and Beijing-Tianjin-Hebei region", GLOBAL_TIMES)))),
                List.of("Guangdong ranks 2nd of 10 in the 2023 AI competitiveness index."),
                List.of(new Suggestion("Guangdong", "/region Guangdong"),
                        new Suggestion("Elderly care", "/who elderly care")));
    }

    static Answer notFound() {
        return Answer.of("I found nothing about “quantum teapots” in the briefs.")
                .withNotes(List.of("Try a topic, e.g. /topics."))
                .withSuggestions(List.of(new Suggestion("Topics", "/topics")));
    }

    /** Markup, quotes and emoji in every field: nothing may be read as markup or lost. */
    static Answer hostile() {
        String nasty = "<script>alert(\"x&y\")</script> 'it's' & <b>bold</b> &amp; 👩‍👩‍👧 🇨🇳 مرحبا";
        Source source = new Source("Title " + nasty, "Publisher <&>", LocalDate.of(2024, 2, 29));
        return new Answer("Headline " + nasty,
                List.of(new Item("Title " + nasty, List.of("Line " + nasty, "*Markdown* _too_ `x` [a](b)"),
                        List.of(new Quote("Quote " + nasty, source)))),
                List.of("Note " + nasty),
                List.of(new Suggestion("Label " + nasty, "/who " + nasty)));
    }

    /** Sixty items: far more than one Telegram message holds. */
    static Answer long60() {
        List<Item> items = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new Item("Proposal " + n + " — member of a provincial committee of the CPPCC",
                        List.of("A summary of proposal " + n + " that runs for about a line or so of text.",
                                "Region: Province " + n),
                        List.of(new Quote("the verbatim quote of proposal " + n + ", as the article printed it",
                                GLOBAL_TIMES))))
                .toList();
        return new Answer("60 proposals", items, List.of("That is all."), List.of());
    }
}
