package dev.briefbot.answer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.briefbot.brief.Brief;

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

    /** One item per brief: title, publisher, date, section, and how many people and proposals it holds. */
    Answer source() {
        List<Brief> briefs = facts.library().briefs();
        if (briefs.isEmpty()) {
            return Answer.of("No briefs are loaded.");
        }
        List<Answer.Item> items = briefs.stream().map(CatalogueAnswers::item).toList();
        return new Answer(briefs(briefs.size()) + " loaded", items, List.of(), List.of(
                new Answer.Suggestion("Topics", "/topics"), new Answer.Suggestion("Regions", "/region")));
    }

    private static Answer.Item item(Brief brief) {
        String published = brief.publisher() + ", " + DAY.format(brief.published().date())
                + (brief.section() == null || brief.section().isBlank() ? "" : " · " + brief.section());
        String counts = brief.people().size() + " people, " + brief.proposals().size() + " proposals and statements"
                + (brief.rankings().isEmpty() ? "" : ", " + brief.rankings().size() + " ranking"
                + (brief.rankings().size() == 1 ? "" : "s"));
        return new Answer.Item(brief.title(), List.of(published, counts), List.of());
    }

    private static String briefs(int count) {
        return count == 1 ? "1 brief" : count + " briefs";
    }
}
