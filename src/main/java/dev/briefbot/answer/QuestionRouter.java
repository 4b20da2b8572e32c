package dev.briefbot.answer;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import dev.briefbot.brief.Region;

/**
 * Free text to the answer that fits it, by its words: rankings, topics, sources, a person, a region, or a topic
 * search. A question the briefs do not answer gets "nothing in the briefs", never someone's name.
 */
final class QuestionRouter {

    private static final int LONGEST_NAME_IN_WORDS = 4;
    private static final Pattern ASKS_RANKING = Pattern.compile(
            "\\b(rank|ranks|ranked|ranking|rankings|top\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                    + "|competitiveness\\s+(evaluation\\s+)?index|leads\\s+the\\s+(ranking|list|index))\\b");
    private static final Pattern WHICH_PLACE = Pattern.compile(
            "\\b(which|what)\\s+(region|province|place|city|area|part)s?\\b");
    private static final Pattern PLACE_IN_ORDER = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|last|\\d{1,2}(st|nd|rd|th)|leads?|leading|best|highest|lowest|strongest"
            + "|most\\s+competitive|number\\s+(one|\\d+))\\b");
    private static final Pattern ASKS_TOPICS = Pattern.compile("\\b(topics|subjects|themes)\\b|^\\W*topic\\W*$");
    private static final Pattern ASKS_SOURCE = Pattern.compile(
            "(?<![\\w-])(sources?|(which|what)\\s+(briefs?|articles?|documents?|reports?\\s+do\\s+you)"
                    + "|briefs\\s+(are\\s+)?loaded|where\\s+(is|does)\\s+(this|that|it)\\s+come\\s+from)\\b");
    private static final Pattern ASKS_PEOPLE = Pattern.compile(
            "\\b(people|persons|advisors|lawmakers|politicians|members|delegates|everyone|everybody)\\b");
    private static final Pattern ASKS_REGIONS = Pattern.compile("\\b(regions|provinces|places|cities)\\b");
    private static final Pattern GREETING =
            Pattern.compile("^\\W*(hi|hello|hey|help|start|menu|what can you do|how does this work)\\W*$");
    private static final Pattern WHO_IS = Pattern.compile("^\\W*(who\\s+is|who's|whos|who\\s+was)\\s+(.+)$");
    private static final Pattern WHO_DID = Pattern.compile(
            "^\\W*(who|which\\s+(person|people|advisors?|lawmakers?|members?|officials?|experts?|delegates?))\\b");
    // asks about a person: "who is X?", "what did X say?"; X is group 2
    private static final Pattern ABOUT_SOMEONE = Pattern.compile(
            "^\\W*(who\\s+is|who's|whos|who\\s+was|what\\s+(?:did|does|has))\\s+(.+?)(?:\\s+(?:say|said|says"
                    + "|propose|proposed|suggest|suggested|think|want|believe|predict|talk\\s+about|mention))?\\W*$");
    // words that ask but say nothing about what: "what about Shenzhen?", "proposals for Beijing"
    private static final Set<String> ASKING_WORDS = Set.of(
            "what", "whats", "about", "how", "tell", "me", "us", "the", "a", "an", "for", "in", "on", "of", "is",
            "are", "was", "were", "does", "do", "did", "any", "anything", "proposal", "proposals", "suggestion",
            "suggestions", "statement", "statements", "said", "say", "says", "region", "city", "province", "and",
            "there", "show", "list", "give", "info", "information", "please", "know", "you", "ideas", "plans",
            "with", "from", "ai", "which", "who", "has", "have", "been", "made", "put", "forward", "lawmakers",
            "advisors", "advisor", "people", "anyone", "someone", "by", "to", "at", "all", "everything", "else",
            "proposed", "suggested", "mentioned", "talked", "regarding", "concerning", "news", "it", "its",
            "happening", "going", "get", "can", "could", "would", "i", "we", "they", "that", "this", "politicians",
            "political", "cppcc", "members", "member", "delegates", "want", "wants", "wanted", "propose", "proposes",
            "suggest", "suggests", "talk", "talks", "think", "thinks", "believe", "believes", "lately", "recently",
            "now", "today", "up", "out", "officials", "experts", "local", "s", "brief", "briefs", "article",
            "articles", "text", "mention", "mentions");

    private static final Set<String> LISTED_THINGS = Set.of(
            "people", "persons", "advisors", "lawmakers", "politicians", "members", "delegates", "regions",
            "provinces", "places", "cities", "named", "mentioned", "quoted", "covered", "briefs", "brief", "article",
            "names", "list", "show", "everyone", "everybody", "are");

    private final RegionNames regionNames;
    private final PeopleNames peopleNames;
    private final TopicSearch topicSearch;
    private final RegionAnswers regions;
    private final AdvisorAnswers advisors;
    private final RankingAnswers rankings;
    private final CatalogueAnswers catalogue;

    QuestionRouter(RegionNames regionNames, PeopleNames peopleNames, TopicSearch topicSearch, RegionAnswers regions,
                   AdvisorAnswers advisors, RankingAnswers rankings, CatalogueAnswers catalogue) {
        this.regionNames = regionNames;
        this.peopleNames = peopleNames;
        this.topicSearch = topicSearch;
        this.regions = regions;
        this.advisors = advisors;
        this.rankings = rankings;
        this.catalogue = catalogue;
    }

    Answer route(String text) {
        // the answer layer protects itself: a pasted 5,000-character text is read to its 60th word, no further
        String question = text == null ? "" : NameIndex.firstWordsOf(text.strip());
        String lower = question.toLowerCase(Locale.ROOT);
        if (question.isEmpty() || GREETING.matcher(lower).matches()) {
            return askSomething();
        }
        if (asksRanking(lower)) {
            return rankings.rankings(question);
        }
        Optional<Answer> listing = listing(question, lower);
        if (listing.isPresent()) {
            return listing.get();
        }
        boolean asksWhoIs = WHO_IS.matcher(lower).matches();
        if (!asksWhoIs && WHO_DID.matcher(lower).find()) {
            return whoDid(question);
        }
        return catalogue(lower)
                .or(() -> wholeName(question))
                .or(() -> aboutNamed(question))
                .orElseGet(() -> unnamed(question));
    }

    /** "list the people", "which regions are covered?": the listing, when nothing more is asked. */
    private Optional<Answer> listing(String question, String lower) {
        if (!onlyAsking(question)) {
            return Optional.empty();
        }
        if (ASKS_PEOPLE.matcher(lower).find()) {
            return Optional.of(advisors.advisor(""));
        }
        return ASKS_REGIONS.matcher(lower).find() ? Optional.of(regions.regions()) : Optional.empty();
    }

    /** "what topics?", "which briefs?". */
    private Optional<Answer> catalogue(String lower) {
        if (ASKS_TOPICS.matcher(lower).find()) {
            return Optional.of(catalogue.topics());
        }
        return ASKS_SOURCE.matcher(lower).find() ? Optional.of(catalogue.source()) : Optional.empty();
    }

    private static boolean asksRanking(String lower) {
        return ASKS_RANKING.matcher(lower).find()
                || WHICH_PLACE.matcher(lower).find() && PLACE_IN_ORDER.matcher(lower).find();
    }

    /** A message that is only a name, typos forgiven: "Shenzhen?", "shenzen", "深圳", "Xu Li". */
    private Optional<Answer> wholeName(String question) {
        List<String> words = NameIndex.words(question);
        if (words.isEmpty() || words.size() > LONGEST_NAME_IN_WORDS) {
            return Optional.empty();
        }
        NameMatch<String> person = peopleNames.match(question);
        NameMatch<Region> region = regionNames.match(question);
        // "shenzen" is one typo from Shenzhen and two from Shen Teng: the closer reading wins, a place on a tie
        Optional<Answer> place = region.closerThan(person).confident().map(regions::describe);
        return place.isPresent() ? place : person.closerThan(region).confident().map(advisors::describe);
    }

    /** "Who proposed … ?": the topic search; a question that only names a region gets the region. */
    private Answer whoDid(String question) {
        List<Region> named = regionNames.findIn(question);
        if (!named.isEmpty() && onlyAsksAbout(question, named)) {
            return regions.describe(named.get(0));
        }
        return topicSearch.who(question);
    }

    /** A question naming a person gets the person; one naming a region gets it unless it asks about more. */
    private Optional<Answer> aboutNamed(String question) {
        List<String> people = peopleIn(question);
        if (!people.isEmpty()) {
            return Optional.of(advisors.describe(people.get(0)));
        }
        List<Region> named = regionNames.findIn(question);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (onlyAsksAbout(question, named)) {
            return Optional.of(regions.describe(named.get(0)));
        }
        // more than a region: the topic search answers it, or nothing does (no list of the region's people)
        return Optional.of(topicSearch.who(question));
    }

    private List<String> peopleIn(String question) {
        List<String> words = NameIndex.words(question);
        return peopleNames.findIn(question).stream().filter(name -> !surnameOfSomeoneElse(name, words)).toList();
    }

    // "Liu He" is not Liu Gang: a lone surname counts only when no other given name follows it
    private static boolean surnameOfSomeoneElse(String name, List<String> words) {
        List<String> parts = NameIndex.words(name);
        if (parts.size() < 2 || Collections.indexOfSubList(words, parts) >= 0) {
            return false;
        }
        int at = words.indexOf(parts.get(0));
        if (at < 0 || at + 1 >= words.size()) {
            return false;
        }
        String next = words.get(at + 1);
        return !ASKING_WORDS.contains(next) && new LevenshteinDistance(2).apply(next, parts.get(1)) < 0;
    }

    /** Neither a person nor a region: the topic search, or for "who is Zhang Wei?" the plain "nobody called". */
    private Answer unnamed(String question) {
        Matcher about = ABOUT_SOMEONE.matcher(question.toLowerCase(Locale.ROOT));
        if (about.matches() && looksLikeAName(about.group(2))) {
            // the search would find "Liu Gang" for "Liu He": a name the briefs lack gets no one's answer
            return advisors.nobody(question.substring(about.start(2), about.end(2)));
        }
        return topicSearch.who(question);
    }

    // "Zhang Wei" is a name; "in charge of AI in China" is a topic
    private static boolean looksLikeAName(String text) {
        List<String> words = NameIndex.words(text);
        return !words.isEmpty() && words.size() <= LONGEST_NAME_IN_WORDS
                && words.stream().noneMatch(ASKING_WORDS::contains);
    }

    /** "list the people", "which regions are covered": nothing but asking words and the thing asked for. */
    private static boolean onlyAsking(String question) {
        return NameIndex.words(question).stream()
                .filter(word -> !ASKING_WORDS.contains(word))
                .allMatch(word -> LISTED_THINGS.contains(word));
    }

    private static boolean onlyAsksAbout(String question, List<Region> named) {
        Set<String> nameWords = new HashSet<>();
        named.forEach(region -> {
            nameWords.addAll(NameIndex.words(region.name()));
            nameWords.addAll(NameIndex.words(region.id()));
            region.aliases().forEach(alias -> nameWords.addAll(NameIndex.words(alias)));
        });
        return NameIndex.words(question).stream()
                .filter(word -> !ASKING_WORDS.contains(word))
                .allMatch(word -> nameWords.contains(word) || isTypoOfName(word, named));
    }

    private static boolean isTypoOfName(String word, List<Region> named) {
        LevenshteinDistance oneTypo = new LevenshteinDistance(1);
        return word.codePoints().anyMatch(Character::isIdeographic) || named.stream()
                .anyMatch(region -> oneTypo.apply(word, region.name().toLowerCase(Locale.ROOT).replace(" ", "")) >= 0);
    }

    private Answer askSomething() {
        return new Answer("Ask me about a region, a person, a topic or the rankings.", List.of(),
                List.of("For example: who proposed AI robots for elderly care? or /region Shenzhen"),
                List.of(new Answer.Suggestion("Regions", "/region"), new Answer.Suggestion("Topics", "/topics"),
                        new Answer.Suggestion("Rankings", "/rankings")));
    }
}
