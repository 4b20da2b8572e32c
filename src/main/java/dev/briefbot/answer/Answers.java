package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.briefbot.answer.search.Search;
import dev.briefbot.answer.search.SentenceEmbeddings;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Region;

/**
 * Every kind of ask the bot answers, over one library snapshot. Immutable: a new library gets new {@code Answers}.
 * The chat layer calls one method per command; {@link #question(String)} routes free text by its words.
 */
public final class Answers {

    private final Facts facts;
    private final TopicSearch topicSearch;
    private final RegionAnswers regions;
    private final AdvisorAnswers advisors;
    private final RankingAnswers rankings;
    private final CatalogueAnswers catalogue;
    private final Intents intents;
    /** At most this many scoped answers are kept: a scope is a year or a brief, and people ask about a few. */
    private static final int SCOPES_KEPT = 8;
    private final java.util.Map<java.util.Set<String>, Answers> scopes = new java.util.LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<java.util.Set<String>, Answers> eldest) {
            return size() > SCOPES_KEPT;
        }
    };
    private final BriefAnswers briefs;
    private final Lookup lookup;
    private final RegionNames regionNames;

    private Answers(Facts facts, Items items, TopicSearch topicSearch) {
        this.facts = facts;
        this.topicSearch = topicSearch;
        this.regionNames = new RegionNames(facts.gazetteer());
        PeopleNames peopleNames = new PeopleNames(facts.people(), facts.gazetteer());
        this.rankings = new RankingAnswers(facts, items);
        UnreviewedTexts unreviewed = new UnreviewedTexts(facts.library().unreviewed());
        this.regions = new RegionAnswers(facts, items, regionNames, rankings, unreviewed);
        this.advisors = new AdvisorAnswers(facts, items, peopleNames);
        this.catalogue = new CatalogueAnswers(facts);
        this.briefs = new BriefAnswers(facts, items);
        Vocabulary vocabulary = new Vocabulary(facts);
        Answering answering = new Answering(facts, items, regionNames, peopleNames, topicSearch, regions, advisors,
                rankings, new RankingQuestions(facts, items), catalogue, briefs, new PeopleQuestions(facts, items),
                new Counts(facts, items, regions), vocabulary, new Mentions(facts),
                unreviewed);
        this.intents = new Intents(new QuestionParser(facts, regionNames, peopleNames, vocabulary,
                topicSearch.engine().glossary()), answering);
        this.lookup = new Lookup(facts, items, regionNames, peopleNames, topicSearch, regions, advisors);
    }

    /**
     * Starts loading the sentence-embedding model on a daemon thread, so that it loads beside the rest of start-up;
     * the first free-text question waits for it if it has not finished, and nothing else does.
     */
    public static void preloadSearchModel() {
        SentenceEmbeddings.preload();
    }

    public static Answers of(Library library) {
        Facts facts = new Facts(library);
        Items items = new Items(facts);
        return new Answers(facts, items, new TopicSearch(facts, items));
    }

    public Library library() {
        return facts.library();
    }

    /** {@code /region NAME}: the region, its proposals and who made them, its ranking, its context. */
    public Answer region(String name) {
        return regions.region(name);
    }

    /** A bare {@code /region}: how to ask, and one suggestion per region that has proposals. */
    public Answer regions() {
        return regions.regions();
    }

    /**
     * {@code /who TOPIC}: the best-matching proposals and statements; a topic most of the briefs share gets its best
     * matches and an offer to narrow down; else "nothing in the briefs".
     */
    public Answer who(String topic) {
        return intents.who(topic);
    }

    /** {@code /advisor NAME}: the person's roles, organisation, region, and all they proposed or said. */
    public Answer advisor(String name) {
        return advisors.advisor(name);
    }

    /** The proposals {@code /region} shows for the region: its own and, for a province, its cities'. */
    public List<ProposalFact> proposalsAbout(Region region) {
        return regions.proposalsOf(region);
    }

    /** The proposals {@code /topics} counts under the topic: those naming it, whatever its case. */
    public List<ProposalFact> proposalsOn(String topic) {
        return facts.proposalsOn(topic);
    }

    /**
     * {@code /rankings [N | REGION | ordinal]}: the whole ranking, its top N, or one entry. A number is read strictly
     * (a whole number from 1 to the ranking's size); words are read as a question about the ranking.
     */
    public Answer rankings(String argument) {
        if (facts.rankings().isEmpty()) {
            return Answer.of("The briefs report no ranking.");
        }
        if (argument == null || argument.isBlank()) {
            return rankings.whole();
        }
        // a region named alone, typos forgiven as /region forgives them: "/rankings sichaun"
        Optional<Region> region = regionNames.match(argument).confident();
        if (region.isPresent()) {
            return rankings.standingEverywhere(region.get());
        }
        return rankings.number(argument).orElseGet(() -> intents.aboutTheRanking(argument)
                .orElseGet(() -> rankings.unclear(argument)));
    }

    /** {@code /topics}: every topic across the briefs, each a suggestion that runs {@code /who}. */
    public Answer topics() {
        return catalogue.topics();
    }

    /** {@code /source}: the briefs loaded, with title, publisher and date. */
    public Answer source() {
        return catalogue.source(false);
    }

    /**
     * {@code /source} for whoever runs the bot (the console, an operator in a private chat): also why a brief was
     * set aside.
     */
    public Answer source(boolean operator) {
        return catalogue.source(operator);
    }

    /**
     * What a few typed words may mean, for a picker such as Telegram's inline mode: the region they name, the
     * people, then the matching proposals, each with its answer; nothing when nothing matches. Empty words offer
     * the regions with proposals.
     */
    public List<Finding> lookup(String typed) {
        return lookup.find(typed);
    }

    /**
     * The regions a name may mean, as {@code /region} reads it (typos and Chinese names forgiven): one when the name
     * is clear, several close ones when unsure, none when it names no region.
     */
    public List<Region> regionsNamed(String name) {
        return regionNames.match(name).candidates();
    }

    /**
     * The snapshot's search: one entry point for a question's English text (Chinese mapped first with
     * {@link Search#glossary()}), returning the matches, whether the briefs answer it, whether it is broad, and the
     * words the briefs do not mention.
     */
    public Search search() {
        return topicSearch.engine();
    }

    /** Free text: parsed once and answered by the intent that fits it best (see {@code intents.yaml}). */
    public Answer question(String text) {
        return question(text, Optional.empty());
    }

    /**
     * Free text read in the context of the previous answer in the chat, when it follows up on it: "what else did
     * she propose?", "and Shanghai?", "where does it rank?". A question that needs no context ignores it.
     */
    public Answer question(String text, Optional<Subject> context) {
        Optional<QuestionParser.Exclusion> leaving = intents.exclusion(text);
        if (leaving.isPresent() && !leaving.get().rest().isBlank()) {
            // "did anyone from the YRD other than Shanghai speak?": the question asked of the library without them
            QuestionParser.Exclusion left = leaving.get();
            Answer answer = without(left).question(left.rest(), context);
            List<String> notes = new ArrayList<>();
            notes.add("Leaving out " + left.named() + ", as asked.");
            notes.addAll(answer.notes());
            return answer.withNotes(notes);
        }
        Question question = intents.parse(text, context);
        if (Scopes.restricts(question, briefs)) {
            List<Brief> scope = Scopes.named(question, briefs);
            if (scope.isEmpty()) {
                return noBriefsIn(question);
            }
            return scoped(scope).intents.answer(text, context);
        }
        return intents.answer(text, context);
    }

    /** "in 2023" when no brief is from 2023: which years the briefs are from. */
    private Answer noBriefsIn(Question question) {
        List<Integer> years = facts.library().briefs().stream().map(brief -> brief.published().date().getYear()).distinct()
                .sorted().toList();
        String asked = question.years().isEmpty() ? "that" : Items.joined(question.years().stream()
                .map(String::valueOf).toList(), "or");
        return Answer.of("No brief in the library is from " + asked + "; the briefs are from "
                        + Items.joined(years.stream().map(String::valueOf).toList(), "and") + ".")
                .withSuggestions(List.of(new Answer.Suggestion("Sources", "/source")));
    }

    /** The answers over some of the briefs ("in 2024"), made once and kept for the few scopes people ask about. */
    private Answers scoped(List<Brief> scope) {
        java.util.Set<String> ids = scope.stream().map(Brief::id).collect(java.util.stream.Collectors.toSet());
        synchronized (scopes) {
            return scopes.computeIfAbsent(ids, key -> Answers.of(new Library(
                    facts.library().briefs().stream().filter(brief -> key.contains(brief.id())).toList(),
                    facts.gazetteer(), facts.library().synonyms(), facts.library().glossary())));
        }
    }

    /** The answers over the library without what a question leaves out, made once for the few people ask about. */
    private Answers without(QuestionParser.Exclusion left) {
        java.util.Set<String> key = new java.util.TreeSet<>();
        left.people().forEach(person -> key.add("person:" + person));
        left.regions().forEach(region -> key.add("region:" + region.id()));
        synchronized (scopes) {
            return scopes.computeIfAbsent(key, ignored -> Answers.of(
                    Exclusions.without(facts.library(), regions::tiedIds, left.regions(), left.people())));
        }
    }

    /** {@code /summary}: what each brief is about, from its facts; newest first. */
    public Answer summary() {
        return briefs.summary(List.of());
    }

    /** The table of intents, for the tests that ask every example of {@code intents.yaml}. */
    Intents intents() {
        return intents;
    }
}
