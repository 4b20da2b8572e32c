package dev.briefbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefbot.answer.search.Match;
import dev.briefbot.answer.search.Search;
import dev.briefbot.answer.search.SearchResult;

/**
 * "Who proposed …?" as an {@link Answer}: the {@link Search} of the snapshot (BM25 and sentence embeddings fused, typos
 * forgiven, Chinese through the glossary, calibrated abstention) turned into the proposals and statements it found.
 * A person found by role ("SenseTime's CEO") brings their proposals; a question the briefs do not answer names
 * nobody, not even as a button.
 */
final class TopicSearch {

    static final int MAX_TOPIC_SUGGESTIONS = 6;

    private static final int HEADLINE_CHARS = 80;

    /** The asking part of a question, for the headline only: the index ignores these words anyway. */
    private static final Pattern ASKING = Pattern.compile(
            "^(?:(?:who|which\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:proposed|proposes|propose|suggested|suggests|said|says|wants?|wanted|talked|talks|talking"
                    + "|spoke|mentioned|called|pushed|advocated|recommended)(?:\\s+(?:about|for|on|to|that))?"
                    + "|what\\s+(?:did|does|has|about))\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TRAILING_VERB = Pattern.compile(
            "\\s+(?:say|propose|suggest|talk about|want)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Facts facts;
    private final Items items;
    private final Search search;
    // depends only on the library, and a miss must not scan every topic against every name
    private final List<Answer.Suggestion> topicSuggestions;

    TopicSearch(Facts facts) {
        this(facts, new Items(facts));
    }

    TopicSearch(Facts facts, Items items) {
        this.facts = facts;
        this.items = items;
        this.search = new Search(facts);
        this.topicSuggestions = topicSuggestions(facts);
    }

    /** The snapshot's search, for callers that want its matches themselves. */
    Search engine() {
        return search;
    }

    Answer who(String topic) {
        String words = topicWords(topic);
        if (words.isEmpty()) {
            return askForTopic();
        }
        SearchResult result = result(topic);
        List<ProposalFact> hits = proposals(result);
        if (hits.isEmpty()) {
            return nothingFound(words);
        }
        return result.broad() ? broad(words, hits) : found(words, hits);
    }

    /**
     * The proposals that answer the text (English or Chinese), best first; empty when the briefs do not answer it,
     * and for a topic that is the whole library ("AI"): a picker offers no arbitrary few.
     */
    List<ProposalFact> search(String text) {
        SearchResult result = result(text);
        return result.broad() ? List.of() : proposals(result);
    }

    /**
     * The same search with the places the text names left out, and only what comes close in meaning: who spoke to
     * the topic anywhere, for a question whose place holds nobody on it ("who in Shanghai talked about elderly
     * care?").
     */
    List<ProposalFact> elsewhere(String text) {
        SearchResult result = search.searchClosely(withoutPlaces(text));
        return result.broad() ? List.of() : proposals(result);
    }

    /** The text in English without the places it names. */
    String withoutPlaces(String text) {
        return search.withoutPlaces(text == null ? "" : search.glossary().english(text)).replaceAll("\\s+", " ")
                .strip();
    }

    /** "Who talked about AI?" in a brief all about AI: the closest few, and how to narrow down. */
    private Answer broad(String words, List<ProposalFact> hits) {
        Answer found = found(words, hits);
        return new Answer("Nearly everything in the briefs is about “" + words + "”: the closest", found.items(),
                List.of("Ask about something narrower, or pick one of the topics: /topics"), found.suggestions());
    }

    private SearchResult result(String text) {
        String english = text == null ? "" : search.glossary().english(text);
        return search.search(english);
    }

    /** The proposals matched, then those of the people matched by role; at most {@link Search#MAX_MATCHES}. */
    private List<ProposalFact> proposals(SearchResult result) {
        if (!result.answers()) {
            return List.of();
        }
        Set<ProposalFact> found = new LinkedHashSet<>();
        result.matches().forEach(match -> {
            if (match instanceof Match.Proposal proposal) {
                found.add(proposal.fact());
            }
        });
        result.matches().forEach(match -> {
            if (match instanceof Match.Person person && found.stream()
                    .noneMatch(fact -> fact.person().id().equals(person.fact().person().id()))) {
                facts.proposalsBy(person.fact().person()).stream()
                        .filter(fact -> fact.brief().equals(person.fact().brief()))
                        .forEach(found::add);
            }
        });
        return found.stream().limit(Search.MAX_MATCHES).toList();
    }

    private Answer found(String words, List<ProposalFact> hits) {
        List<Answer.Item> found = hits.stream().map(items::proposal).toList();
        List<Answer.Suggestion> people = hits.stream()
                .map(hit -> hit.person().name())
                .distinct()
                .map(name -> new Answer.Suggestion(name, "/advisor " + name))
                .toList();
        return new Answer("Who proposed “" + words + "”", found, List.of(), people);
    }

    /** Names nobody: a person the briefs do not tie to the question must not appear, not even as a button. */
    private Answer nothingFound(String words) {
        return Answer.of("I found nothing about “" + words + "” in the briefs.")
                .withNotes(List.of("Try one of the topics below, or /topics for all of them."))
                .withSuggestions(topicSuggestions);
    }

    private Answer askForTopic() {
        List<Answer.Suggestion> topics = topicSuggestions;
        String example = topics.isEmpty() ? "/who elderly care" : topics.get(0).command();
        return Answer.of("Which topic? For example: " + example).withSuggestions(topics);
    }

    /** The briefs' topics, leaving out any that holds a person's name: these answers must name nobody. */
    private static List<Answer.Suggestion> topicSuggestions(Facts facts) {
        List<String> names = facts.people().stream().map(fact -> fact.person().name()).toList();
        return facts.proposals().stream()
                .flatMap(fact -> fact.proposal().topics().stream())
                .filter(topic -> names.stream().noneMatch(topic::contains))
                .distinct()
                .limit(MAX_TOPIC_SUGGESTIONS)
                .map(topic -> new Answer.Suggestion(topic, "/who " + topic))
                .toList();
    }

    /** The user's words for the headline: the asking part and end punctuation dropped, at most 80 characters. */
    static String topicWords(String topic) {
        if (topic == null) {
            return "";
        }
        String asked = WHITESPACE.matcher(topic.strip()).replaceAll(" ");
        String words = ASKING.matcher(asked).replaceFirst("");
        words = withoutEndPunctuation(words);
        words = TRAILING_VERB.matcher(words).replaceFirst("").strip();
        if (words.isEmpty()) {
            words = asked;
        }
        if (words.codePointCount(0, words.length()) <= HEADLINE_CHARS) {
            return words;
        }
        return words.substring(0, words.offsetByCodePoints(0, HEADLINE_CHARS - 1)).strip() + "…";
    }

    /**
     * "elderly care?!" → "elderly care". A loop, not {@code [?!.\s]+$}: that regex retries the run from every
     * position, quadratic on a long run of "?" inside hostile input; every step here is linear in the text.
     */
    private static String withoutEndPunctuation(String words) {
        int end = words.length();
        while (end > 0 && isEndPunctuation(words.charAt(end - 1))) {
            end--;
        }
        return words.substring(0, end);
    }

    /** End punctuation, or whitespace as the regex {@code \s} reads it: ASCII only. */
    private static boolean isEndPunctuation(char c) {
        return c == '?' || c == '!' || c == '.' || c == ' ' || (c >= '\t' && c <= '\r');
    }
}
