package dev.briefbot.brief.draft;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists the drafting rules read: how news prose attributes, introduces and titles people. */
final class Words {

    /** Verbs that attribute a passage to its speaker; the first group makes it a proposal. */
    static final Pattern PROPOSING = Pattern.compile("\\b(?:proposed|proposes|propose|proposing|suggested|suggests"
            + "|suggest|suggesting|called for|calls for|call for|calling for|recommended|recommends|urged|urges"
            + "|advocated|advocates|pushed for|pushes for|submitted a proposal|submitted proposals|put forward"
            + "|puts forward|tabled|proposal)\\b");
    static final Pattern SAYING = Pattern.compile("\\b(?:said|says|say|believes|believed|believe|emphasized"
            + "|emphasised|emphasizes|emphasises|stressed|stresses|admitted|admits|highlighted|highlights|noted"
            + "|notes|told|tells|added|adds|pointed out|points out|argued|argues|explained|explains|predicted"
            + "|predicts|warned|warns|expects|expected|hopes|hoped|stated|states|observed|remarked|acknowledged"
            + "|insisted|cautioned|revealed|disclosed|mentioned|indicated|focused|focuses|focussed|expressed"
            + "|thinks|thought|elaborated|outlined|shared|asserted|contended|maintained|wrote|welcomed|(?i:according to)"
            + "|in (?:his|her) view|in (?:his|her) opinion)\\b");
    static final Pattern PRONOUN = Pattern.compile("(?:^|[\\s,;(\"“])(?:he|she|He|She|his|her|His|Her)\\b");
    /** Words that open a description of who someone is: "Name, a CPPCC member", "Name, director of …". */
    static final String TITLES = "(?:member|deputy|delegate|lawmaker|legislator|advisor|adviser|director|chairman"
            + "|chairwoman|chairperson|chair|president|vice[- ]president|founder|co-founder|CEO|CTO|CFO|COO|head"
            + "|chief|dean|professor|Professor|researcher|research fellow|fellow|secretary|secretary-general"
            + "|party secretary|mayor|Mayor|governor|Governor|deputy mayor|spokesperson|spokesman|spokeswoman"
            + "|general manager|manager|executive|partner|economist|analyst|expert|scholar|engineer|academician"
            + "|official|commissioner|minister|chief scientist|scientist|entrepreneur|lawyer|attorney|doctor"
            + "|principal|teacher|editor|reporter|leader|representative)";

    /** Capitalised words that begin sentences or name things, never a person's name. */
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.List.of("the", "a", "an", "in", "on", "at", "of", "for", "to",
            "and", "or", "but", "as", "by", "with", "from", "according", "also", "additionally", "however",
            "therefore", "meanwhile", "moreover", "furthermore", "besides", "instead", "this", "that", "these",
            "those", "it", "its", "he", "she", "they", "his", "her", "their", "we", "our", "china", "chinese",
            "national", "provincial", "municipal", "committee", "congress", "people", "people's", "political",
            "consultative", "conference", "party", "communist", "state", "council", "ministry", "bureau",
            "department", "commission", "government", "university", "institute", "academy", "college", "school",
            "center", "centre", "company", "group", "technology", "technologies", "security", "global", "times",
            "daily", "news", "agency", "report", "index", "east", "west", "north", "south", "central", "northeast",
            "northwest", "southeast", "southwest", "new", "generation", "artificial", "intelligence", "ai",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "ms", "mrs", "dr", "prof", "professor", "president", "premier", "chairman", "director", "mayor",
            "governor", "secretary", "member", "deputy", "lawmaker", "photo", "vcg", "xinhua", "cppcc", "npc",
            "two", "sessions", "session", "province", "city", "district", "zone", "area", "region", "delta",
            "river", "bay", "greater", "western", "eastern", "southern", "northern", "asia", "asian", "europe",
            "european", "america", "american", "us", "u.s", "internet", "digital", "economy", "research",
            "development", "industry", "industrial", "innovation", "science", "sciences", "engineering",
            "association", "federation", "foundation", "office", "administration", "bank", "fund", "market",
            "markets", "high-tech", "open-source", "large", "model", "models", "when", "while", "if", "so",
            "not", "only", "all", "some", "many", "most", "more", "last", "next", "first", "second", "third",
            "during", "after", "before", "since", "until", "under", "over", "about", "among", "between", "what",
            "how", "why", "where", "who", "which", "there", "here", "yet", "still", "even", "such", "each",
            "every", "both", "other", "another", "one", "no", "nor", "than", "then", "thus", "hence", "recognizing",
            "cultivating", "accelerating", "to", "zhongguancun", "sensetime", "alibaba", "tencent", "huawei",
            "baidu", "bytedance", "iflytek", "xiaomi", "byd", "catl", "nankai", "tsinghua", "peking", "fudan",
            "zhejiang", "wuhan", "hong", "kong", "macao", "macau", "taiwan", "tibet", "inner",
            "mongolia"));
    private static final Set<String> STOP = Set.copyOf(java.util.List.of("a", "an", "the", "of", "in", "on", "at", "for", "to", "and",
            "or", "but", "as", "by", "with", "from", "into", "onto", "that", "this", "these", "those", "it", "its",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
            "could", "should", "may", "might", "must", "shall", "do", "does", "did", "not", "no", "so", "such",
            "than", "then", "also", "more", "most", "very", "well", "which", "who", "whom", "whose", "what",
            "when", "where", "while", "how", "why", "their", "his", "her", "he", "she", "they", "them", "we",
            "our", "us", "you", "your", "i", "my", "there", "here", "if", "because", "due", "about", "between",
            "among", "through", "across", "within", "without", "towards", "toward", "such", "both", "each",
            "every", "all", "any", "some", "many", "much", "other", "another", "one", "two", "three", "first",
            "new", "said", "says", "told", "believes", "believed", "suggested", "suggests", "proposed",
            "proposes", "submitted", "emphasized", "admitted", "highlighted", "recommended", "noted", "added",
            "stressed", "called", "calls", "put", "forward", "focused", "expected", "predicted", "according",
            "including", "like", "via", "per", "instead", "away", "based", "solely", "additionally", "therefore",
            "however", "moreover", "relatively", "highly", "better", "good", "great", "certain", "various",
            "relevant", "significant", "important", "crucial", "clear", "sound", "strong", "still", "even",
            "just", "only", "own", "same", "further", "jointly", "actively", "soon", "possible", "way", "ways",
            "time", "times", "year", "years", "day", "days", "percent", "billion", "million", "yuan", "lot",
            "need", "needs", "help", "make", "making", "made", "take", "taking", "give", "giving", "use",
            "provide", "providing", "ensure", "establish", "formulate", "combine", "combined",
            "combining", "reach", "put", "follow", "improve", "achieve", "achieving", "promote", "promoting",
            "become", "becoming", "becomes", "undergo", "encompassing", "possesses", "found", "entered", "shift",
            "shifting", "moving", "evaluating", "prioritizing", "imparting", "fostering", "gathering",
            "receiving", "accelerating", "cultivating", "influence", "determine", "complement", "refine",
            "deviate", "focus", "focusing", "narrow", "lead", "leading", "expected", "aims", "aim", "plays",
            "play", "role", "regard", "terms", "term", "field", "fields", "area", "areas", "aspect", "aspects",
            "factor", "factors", "issue", "issues", "matter", "thing", "things", "part", "kind", "level",
            "levels", "need", "proposal", "proposals", "suggestion", "suggestions", "idea", "ideas", "view",
            "application", "everyone", "etc", "e.g", "i.e", "though", "although", "whether", "yet", "because",
            "compared", "like", "unlike", "despite", "against", "toward", "regarding", "concerning"));

    private Words() {
    }

    static boolean isNameWord(String word) {
        return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }
}
