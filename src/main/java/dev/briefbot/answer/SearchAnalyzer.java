package dev.briefbot.answer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains of the topic search. Documents and queries share EnglishAnalyzer's chain (standard tokens,
 * possessives dropped, lower case, English stop words, Porter stems); the query side then drops the words that ask
 * rather than describe, and expands the synonyms of {@code config/synonyms.txt} — at query time only, so editing
 * the file never needs a re-index and the index holds only the brief's own words.
 */
final class SearchAnalyzer {

    /** Words of the question itself ("who proposed", "what did … say", "which advisor"): never evidence. */
    private static final List<String> QUESTION_WORDS = List.of(
            "who", "whom", "whose", "what", "whats", "which", "where", "when", "why", "how",
            "propose", "proposed", "proposes", "proposing", "proposal", "proposals",
            "suggest", "suggested", "suggests", "suggesting", "suggestion", "suggestions",
            "say", "says", "said", "saying", "talk", "talks", "talked", "talking", "speak", "spoke", "spoken",
            "want", "wants", "wanted", "wish", "think", "thinks", "thought", "believe", "believes",
            "mention", "mentioned", "advocate", "advocated", "recommend", "recommended", "call", "called", "calls",
            "urge", "urged", "push", "pushed", "raise", "raised", "bring", "brings", "brought", "up", "submit", "submitted", "put", "forward",
            "idea", "ideas", "plan", "plans", "need", "needs", "statement", "statements", "view", "views",
            "anyone", "anybody", "someone", "somebody", "person", "tell", "told", "me", "us", "i", "you", "we",
            "he", "she", "him", "her", "his", "them", "our", "my", "your", "its", "give", "show", "find", "list",
            "know", "about", "regarding", "concerning", "related", "relating", "topic", "topics", "issue", "issues",
            "side", "sides", "aspect", "aspects", "concern", "concerns",
            "ask", "asks", "asked", "asking", "worried", "worry", "worries", "concerned", "predict", "predicted",
            "predicts", "admit", "admits", "admitted", "matter", "matters", "please", "did", "do", "does", "done", "has", "have", "had", "can", "could", "would", "should", "any",
            "some", "something", "anything", "thing", "things", "more", "new", "also", "here", "from", "than", "so",
            "very", "too", "really", "just", "only", "much", "many", "rather", "instead", "shouldn't", "should've",
            "don't", "doesn't", "isn't", "can't", "won't", "get", "make", "made", "use", "using", "used", "brief", "briefs", "article",
            "advisor", "advisors", "adviser", "advisers", "lawmaker", "lawmakers", "member", "members",
            "delegate", "delegates", "deputy", "deputies", "cppcc", "npc", "committee", "political",
            "consultative", "conference");

    /**
     * Words nearly every entry of an AI brief shares: they rank nothing apart, so they are not evidence either.
     * Rarer generic words (research, technology, policy) stay: see {@link #WEAK_WORDS}.
     */
    private static final List<String> GENERIC_WORDS = List.of(
            "ai", "artificial", "intelligence", "develop", "development", "developing", "industry", "industries",
            "industrial", "sector", "sectors");

    /** Words that count in a question but cannot carry it alone: "who proposed quantum research?" is not ours. */
    private static final List<String> WEAK_WORDS = List.of(
            "research", "researching", "technology", "technologies", "technological", "tech", "policy", "policies",
            "innovation", "innovative", "innovate", "application", "applications", "apply", "support", "science",
            "sciences", "scientific", "digital", "economy", "economic", "growth", "grow", "opportunity",
            "region", "regions", "regional", "province", "provinces", "provincial", "local", "modern",
            "improve", "improvement", "promote", "promotion", "field", "fields", "area", "areas", "system");

    private static final CharArraySet NOT_EVIDENCE = stemmed(QUESTION_WORDS, GENERIC_WORDS);
    private static final CharArraySet WEAK = stemmed(WEAK_WORDS);

    private SearchAnalyzer() {
    }

    /** Documents: the brief's words as they are, stemmed. */
    static Analyzer forIndex() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(stopped(source)));
            }
        };
    }

    /** Questions: the same stems, without question words, with the synonyms expanded as a token graph. */
    static Analyzer forQuery(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream evidence = evidence(source);
                TokenStream sink = synonyms.fst == null ? evidence : new SynonymGraphFilter(evidence, synonyms, true);
                return new TokenStreamComponents(source, sink);
            }
        };
    }

    /**
     * The synonym rules, parsed with the query chain up to the synonyms, so a rule meets a question as the same
     * stems without the same little words ("round the clock" matches "round-the-clock"). The loader has checked
     * the syntax; a rule this chain empties (only question words, e.g. "AI") is skipped rather than fatal.
     */
    static SynonymMap synonyms(String rules) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, forSynonymRules());
        for (String rule : (rules == null ? "" : rules).split("\\R")) {
            parseRule(parser, rule);
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stemmed query term that counts but cannot carry a question alone. */
    static boolean isWeak(String stem) {
        return WEAK.contains(stem);
    }

    private static void parseRule(SolrSynonymParser parser, String rule) {
        try {
            parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException e) {
            // a rule of only question words or stop words: nothing a question could still contain
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer forSynonymRules() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, evidence(source));
            }
        };
    }

    /** The words of a question that can be evidence, stemmed, without holes where words were dropped. */
    private static TokenStream evidence(Tokenizer source) {
        TokenStream stems = new PorterStemFilter(stopped(source));
        return new ContiguousPositions(new StopFilter(stems, NOT_EVIDENCE));
    }

    private static Analyzer forStems() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                return new TokenStreamComponents(source, new PorterStemFilter(lower));
            }
        };
    }

    private static TokenStream stopped(Tokenizer source) {
        TokenStream lower = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        return new StopFilter(lower, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** The stems of the words, as the query chain produces them, so one list covers "proposed" and "proposal". */
    @SafeVarargs
    private static CharArraySet stemmed(List<String>... lists) {
        CharArraySet stems = new CharArraySet(256, true);
        try (Analyzer analyzer = forStems()) {
            for (List<String> words : lists) {
                for (String word : words) {
                    stems.addAll(stemsOf(analyzer, word));
                }
            }
        }
        return CharArraySet.unmodifiableSet(stems);
    }

    private static Set<String> stemsOf(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            Set<String> stems = new LinkedHashSet<>();
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
            return stems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the holes removed words leave, so "robots for the elderly" reads as adjacent stems to the synonyms. */
    private static final class ContiguousPositions extends TokenFilter {

        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ContiguousPositions(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
