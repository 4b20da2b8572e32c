package dev.briefbot.answer.search;

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
            "consultative", "conference",
            // how people report what someone said: the verb says who spoke, never what about
            "admit", "admits", "admitted", "argue", "argues", "argued", "boast", "boasts", "boasted", "claim",
            "claims", "claimed", "complain", "complains", "complained", "concede", "concedes", "conceded", "confess",
            "confesses", "confessed", "fret", "frets", "fretting", "pitch", "pitches", "pitched", "pitching", "praise",
            "praises", "praised", "questioned", "stressed", "warn",
            "warns", "warned", "noted", "pointed", "emphasise", "emphasised",
            "emphasize", "emphasized", "insist", "insists", "insisted", "expect", "expects", "expected", "forecast",
            "forecasts", "see", "sees", "saw", "seen", "feel", "feels", "felt", "reckon", "reckons", "favour",
            "favours", "favor", "favors", "backed", "champion", "champions", "championed",
            "discuss", "discussed", "discusses", "touched",
            "spoke", "speaks", "comment", "commented", "comments", "remark", "remarks", "remarked", "explain",
            "explained", "describe", "described", "express", "expressed", "offer", "offered",
            "someone", "somebody", "anyone", "whose", "who's", "one", "ones", "person", "people's", "member's",
            "official", "officials", "expert", "experts", "executive", "executives", "academic", "economist",
            "boss", "leader", "leaders");

    /** English function words beyond Lucene's short stop list: they carry no topic a brief could lack. */
    private static final List<String> FUNCTION_WORDS = List.of(
            "about", "above", "across", "after", "again", "against", "all", "almost", "alone", "along", "already",
            "although", "always", "am", "among", "another", "anyway", "around", "aren't", "away", "because", "been",
            "before", "being", "below", "between", "beyond", "both", "each", "else", "elsewhere", "enough", "even",
            "ever", "every", "few", "first", "further", "get", "gets", "getting", "go", "goes", "going", "gone", "got",
            "hadn't", "hasn't", "haven't", "he's", "her", "here's", "hers", "herself", "himself", "how's", "i'd",
            "i'll", "i'm", "i've", "itself", "it's", "kind", "let's", "least", "less", "like", "lot", "lots", "may",
            "maybe", "might", "mine", "most", "must", "mustn't", "myself", "nor", "now", "off", "often", "once",
            "other", "others", "ought", "ours", "ourselves", "out", "over", "own", "perhaps", "quite", "same",
            "several", "shall", "she's", "since", "still", "such", "thanks", "that's", "them", "themselves", "there's",
            "these", "they'd", "they'll", "they're", "they've", "those", "though", "through", "thus", "today",
            "together", "toward", "towards", "under", "unless", "until", "upon", "via", "wasn't", "way", "ways",
            "we'd", "we'll", "we're", "we've", "weren't", "what's", "whatever", "when's", "where's", "whether",
            "while", "who'd", "whom", "whose", "why's", "within", "without", "won't", "wouldn't", "yet", "you'd",
            "you'll", "you're", "you've", "yours", "yourself", "despite", "bit", "whole", "two", "three", "both",
            "either", "neither", "ok", "yes", "no", "not", "also", "well", "better", "best", "good", "great", "big",
            "little", "long", "short", "high", "low", "fast", "soon", "asap", "really", "actually");

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
    private static final CharArraySet QUESTION = stemmed(QUESTION_WORDS);
    private static final CharArraySet FUNCTION = stemmed(FUNCTION_WORDS);
    private static final CharArraySet GENERIC = stemmed(GENERIC_WORDS);
    private static final CharArraySet WEAK = stemmed(WEAK_WORDS);

    /** A word of the question as typed (lower case) and its stem. */
    record Word(String surface, String stem) {

        /** AI, development, industry: words every entry of an AI brief shares. */
        boolean generic() {
            return GENERIC.contains(stem);
        }

        /** "despite", "lots", "they've": a word of the sentence, not of its topic. */
        boolean function() {
            return FUNCTION.contains(stem);
        }
    }

    private static final java.util.regex.Pattern GENERIC_PHRASE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:artificial\\s+intelligence|ai|a\\.i\\.|develop(?:ment|ing)?|industr(?:y|ies|ial)|sectors?)\\b");

    /**
     * The question without the words every entry of an AI brief shares, for its embedding: "who proposed an AI safety
     * institute?" is then compared with the entries on what it asks, safety, rather than on the AI they all hold.
     */
    static String withoutGenericWords(String text) {
        String without = GENERIC_PHRASE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return without.chars().anyMatch(Character::isLetter) ? without : text;
    }

    /**
     * The words of a question that say what it is about: neither stop words nor question words, in order, each once.
     * Generic words (AI) are kept, marked as such: a question of only those is about the whole library.
     */
    static List<Word> contentWords(String text) {
        List<Word> words = new java.util.ArrayList<>();
        try (Analyzer surface = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stopped(source));
            }
        }; Analyzer stems = forStems(); TokenStream stream = surface.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            Set<String> seen = new java.util.HashSet<>();
            while (stream.incrementToken()) {
                String word = term.toString();
                String stem = stemsOf(stems, word).stream().findFirst().orElse(word);
                if (!QUESTION.contains(stem) && !word.chars().allMatch(Character::isDigit) && seen.add(stem)) {
                    words.add(new Word(word, stem));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

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

    /** Every analysed term of the texts, as the index holds them. */
    static Set<String> indexTerms(java.util.Collection<String> texts) {
        Set<String> terms = new java.util.HashSet<>();
        try (Analyzer analyzer = forIndex()) {
            for (String text : texts) {
                try (TokenStream stream = analyzer.tokenStream("", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        terms.add(term.toString());
                    }
                    stream.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The question words and the generic words as typed: a typo of "talked" is corrected to it, not to a topic. */
    static List<String> questionWords() {
        List<String> words = new java.util.ArrayList<>(QUESTION_WORDS);
        words.addAll(GENERIC_WORDS);
        return words;
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
