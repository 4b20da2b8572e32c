package dev.briefbot.answer;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

/**
 * "Who proposed …?": a Lucene index in memory over proposals and statements.
 *
 * <p>BM25 ranks; whether the briefs answer at all is decided by matching, not by a score. Question words ("who
 * proposed", "what did … say") and words every entry shares (AI, development, industry) are dropped before they
 * can count. A proposal must then match enough of the question's remaining concepts — all of one or two, 60% of
 * three or more — and at least one that is not a weak word such as "research" or "policy" (see
 * {@link TopicQuery#required()}); of those, only the ones scoring at least half the best are kept, at most five.
 * BM25 scores are not comparable across questions, so no absolute score threshold is used.
 */
final class TopicSearch {

    /** Hits scoring under this share of the best are a different, weaker answer: left out. */
    static final float SCORE_RATIO = 0.5f;

    static final int MAX_HITS = 5;

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

    private final Items items;
    // thread-safe and reused: an Analyzer keeps one token stream per thread, built from the one synonym map
    private final Analyzer questions;
    private final ProposalIndex index;
    // depends only on the library, and a miss must not scan every topic against every name
    private final List<Answer.Suggestion> topicSuggestions;

    TopicSearch(Facts facts) {
        this(facts, new Items(facts));
    }

    TopicSearch(Facts facts, Items items) {
        this.items = items;
        this.questions = SearchAnalyzer.forQuery(SearchAnalyzer.synonyms(facts.library().synonyms()));
        this.index = new ProposalIndex(facts.proposals(), facts.gazetteer());
        this.topicSuggestions = topicSuggestions(facts);
    }

    Answer who(String topic) {
        String words = topicWords(topic);
        if (words.isEmpty()) {
            return askForTopic();
        }
        List<ProposalFact> hits = search(topic);
        return hits.isEmpty() ? nothingFound(words) : found(words, hits);
    }

    /** The proposals that answer the text, best first; empty when the briefs do not answer it. */
    List<ProposalFact> search(String text) {
        List<ProposalIndex.Hit> hits = index.search(TopicQuery.parse(questions, text), MAX_HITS);
        if (hits.isEmpty()) {
            return List.of();
        }
        float floor = hits.get(0).score() * SCORE_RATIO;
        return hits.stream().filter(hit -> hit.score() >= floor).map(ProposalIndex.Hit::fact).toList();
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
