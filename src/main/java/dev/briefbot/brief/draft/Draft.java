package dev.briefbot.brief.draft;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Masthead;
import dev.briefbot.brief.PlaceNames;
import dev.briefbot.brief.Published;
import dev.briefbot.brief.Region;
import dev.briefbot.brief.Sentences;
import dev.briefbot.brief.Sentences.Sentence;

/**
 * A proposed {@code <id>.yaml} for a brief's text: its masthead, the people it introduces, one proposal or statement
 * per attributed passage, and any ranking, every quote verbatim, with a {@code # review:} comment wherever the rules
 * were unsure. It passes the loader's checks as it is; an operator reviews it before it is trusted.
 */
public final class Draft {

    private final Masthead masthead;
    private final List<Person> people;
    private final List<Passage> passages;
    private final List<Rankings.Ranking> rankings;

    private Draft(String id, String text, Gazetteer gazetteer) {
        this.masthead = Masthead.read(id, text);
        PlaceNames places = new PlaceNames(gazetteer);
        List<Sentence> body = Sentences.of(text).stream()
                .filter(sentence -> sentence.start() >= masthead.bodyStart()).toList();
        this.people = new People(places).find(body);
        assignIds(people);
        this.passages = new Attributions(people).find(body);
        Topics topics = new Topics(text.substring(masthead.bodyStart()), places, people);
        passages.forEach(passage -> complete(passage, places, topics));
        assignPassageIds(passages);
        Published published = published();
        this.rankings = new ArrayList<>();
        Rankings finder = new Rankings(places);
        body.forEach(sentence -> finder.in(sentence.text(), published).ifPresent(rankings::add));
    }

    /** The proposed YAML for the text of brief {@code id}. */
    public static String yaml(String id, String text, Gazetteer gazetteer) {
        return new Draft(id, text, gazetteer).yaml();
    }

    private String yaml() {
        return new DraftYaml(masthead, published(), masthead.published() == null, people, passages, rankings).text();
    }

    private Published published() {
        return masthead.published() != null ? masthead.published() : Published.on(LocalDate.now());
    }

    private static void complete(Passage passage, PlaceNames places, Topics topics) {
        Set<String> regions = new LinkedHashSet<>();
        passage.quotes.forEach(quote -> places.inProse(quote).stream().map(Region::id).forEach(regions::add));
        if (regions.isEmpty() && passage.person.region != null) {
            regions.add(passage.person.region);
        }
        passage.regions.addAll(regions);
        if (regions.size() > 2) {
            passage.review.add("regions: every place the quotes name; keep those the passage is about");
        }
        String content = passage.content.isBlank() ? passage.quotes.get(0) : passage.content;
        passage.topics.addAll(topics.of(content));
        if (passage.topics.isEmpty()) {
            passage.topics.addAll(topics.of(String.join(" ", passage.quotes)));
        }
        if (passage.topics.isEmpty()) {
            passage.topics.add(passage.proposal ? "proposal" : "statement");
            passage.review.add("topics: none found; name what the passage is about");
        }
        passage.summary = summary(content);
    }

    /** The quote's first clause, as a sentence: a start for the summary, which the operator rewrites. */
    static String summary(String content) {
        // "told the Global Times that …", "said on Sunday that …": the clause begins after "that"
        String text = content.strip().replaceFirst("^(?:[^,.;]{0,40}?\\s)?that\\s+", "")
                .replaceFirst("^(?:to|on|for)\\s+", "").replaceAll("[\"“”]", "").replaceAll("\\s+", " ");
        String[] words = text.split(" ");
        StringBuilder clause = new StringBuilder();
        for (int i = 0; i < words.length && i < 30; i++) {
            String word = words[i];
            clause.append(i == 0 ? "" : " ").append(word);
            boolean ends = word.endsWith(",") || word.endsWith(";") || word.endsWith(".");
            if (ends && i >= 5 || word.endsWith(".")) {
                break;
            }
        }
        String summary = clause.toString().replaceAll("[,;:.]+$", "").strip();
        if (summary.isEmpty()) {
            return "To be written.";
        }
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".";
    }

    private static void assignIds(List<Person> people) {
        Set<String> used = new HashSet<>();
        for (Person person : people) {
            person.id = unique(slug(person.name, "person"), used);
        }
    }

    private static void assignPassageIds(List<Passage> passages) {
        Set<String> used = new HashSet<>();
        for (Passage passage : passages) {
            String topic = passage.topics.isEmpty() ? (passage.proposal ? "proposal" : "statement")
                    : passage.topics.get(0);
            passage.id = unique(passage.person.id + "-" + slug(topic, "statement"), used);
        }
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String[] parts = slug.split("-");
        if (parts.length > 5) {
            slug = String.join("-", List.of(parts).subList(0, 5));
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
