package dev.briefbot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.SetAside;
import dev.briefbot.brief.UnreviewedBrief;

/** What the library holds: {@code /topics} and {@code /source}. */
final class CatalogueAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Facts facts;

    CatalogueAnswers(Facts facts) {
        this.facts = facts;
    }

    /** Every topic, most proposals first, each a suggestion that runs {@code /who}. */
    Answer topics() {
        Map<String, Long> counts = facts.topicCounts();
        if (counts.isEmpty()) {
            return Answer.of("The briefs name no topics yet.");
        }
        List<Answer.Suggestion> topics = counts.keySet().stream()
                .map(topic -> new Answer.Suggestion(topic, "/who " + topic))
                .toList();
        return new Answer(counts.size() + " topics across " + briefs(facts.library().briefs().size()), List.of(),
                List.of("Tap a topic, or send /who followed by a topic, e.g. /who " + topics.get(0).label()), topics);
    }

    /**
     * One item per brief, newest first: title, subtitle, publisher, section, the publication time as printed, the
     * article's address, and how many people and proposals it holds; then the texts not yet reviewed, newest first;
     * then the briefs set aside, with their reasons for whoever runs the bot.
     *
     * @param operator whether the asker runs the bot (the console, an operator in a private chat)
     */
    Answer source(boolean operator) {
        List<Brief> briefs = facts.library().briefs().stream()
                .sorted(java.util.Comparator.comparing(Brief::published).reversed()).toList();
        List<UnreviewedBrief> unreviewed = facts.library().unreviewed().stream()
                .sorted(java.util.Comparator.comparing((UnreviewedBrief text) -> text.published(),
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
        List<SetAside> setAside = facts.library().setAside();
        if (briefs.isEmpty() && unreviewed.isEmpty()) {
            return Answer.of("No briefs are loaded.");
        }
        List<Answer.Item> items = new ArrayList<>();
        briefs.forEach(brief -> items.add(item(brief)));
        unreviewed.forEach(text -> items.add(item(text)));
        List<String> notes = new ArrayList<>();
        if (!setAside.isEmpty() && operator) {
            setAside.forEach(aside -> items.add(new Answer.Item("Set aside: " + aside.id(),
                    List.of(aside.reason()), List.of())));
        } else if (!setAside.isEmpty()) {
            notes.add(BriefAnswers.count(setAside.size(), "brief is", "briefs are")
                    + " set aside until the operators fix " + (setAside.size() == 1 ? "its" : "their") + " facts.");
        }
        List<String> parts = new ArrayList<>();
        parts.add(briefs(briefs.size()) + " loaded");
        if (!unreviewed.isEmpty()) {
            parts.add(BriefAnswers.count(unreviewed.size(), "text", "texts") + " not yet reviewed");
        }
        if (!setAside.isEmpty()) {
            parts.add(setAside.size() + " set aside");
        }
        // each kind newest first
        String headline = String.join(", ", parts);
        return new Answer(headline, items, notes, List.of(
                new Answer.Suggestion("Topics", "/topics"), new Answer.Suggestion("Regions", "/region")));
    }

    private static Answer.Item item(Brief brief) {
        List<String> lines = new ArrayList<>();
        if (brief.subtitle() != null && !brief.subtitle().isBlank()) {
            lines.add(brief.subtitle());
        }
        lines.add(brief.publisher() + (brief.section() == null || brief.section().isBlank() ? ""
                : " · " + brief.section()) + " · published " + BriefAnswers.printed(brief));
        BriefAnswers.url(brief).ifPresent(lines::add);
        lines.add(brief.people().size() + " people, " + brief.proposals().size() + " proposals and statements"
                + (brief.rankings().isEmpty() ? "" : ", " + brief.rankings().size() + " ranking"
                + (brief.rankings().size() == 1 ? "" : "s")));
        return new Answer.Item(brief.title(), lines, List.of());
    }

    /** A text without its facts: what its own lines say, and that answers quote it as printed. */
    private static Answer.Item item(UnreviewedBrief text) {
        List<String> lines = new ArrayList<>();
        if (text.subtitle() != null && !text.subtitle().isBlank()) {
            lines.add(text.subtitle());
        }
        List<String> printed = new ArrayList<>();
        if (text.publisher() != null && !text.publisher().isBlank()) {
            printed.add(text.publisher());
        }
        if (text.section() != null && !text.section().isBlank()) {
            printed.add(text.section());
        }
        if (text.published() != null) {
            printed.add("published " + DAY.format(text.published().date()));
        }
        if (!printed.isEmpty()) {
            lines.add(String.join(" · ", printed));
        }
        lines.add("Not yet reviewed: " + BriefAnswers.count(text.sentences().size(), "sentence", "sentences")
                + ", quoted as printed; nothing in it is attributed yet.");
        return new Answer.Item(text.title(), lines, List.of());
    }

    private static String briefs(int count) {
        return count == 1 ? "1 brief" : count + " briefs";
    }
}
