package dev.briefbot.answer;

import java.util.List;

import dev.briefbot.answer.search.Search;
import dev.briefbot.answer.search.SentenceEmbeddings;
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
    private final QuestionRouter router;
    private final Lookup lookup;
    private final RegionNames regionNames;

    private Answers(Facts facts, Items items, TopicSearch topicSearch) {
        this.facts = facts;
        this.topicSearch = topicSearch;
        this.regionNames = new RegionNames(facts.gazetteer());
        PeopleNames peopleNames = new PeopleNames(facts.people(), facts.gazetteer());
        this.rankings = new RankingAnswers(facts, items, regionNames);
        this.regions = new RegionAnswers(facts, items, regionNames, rankings);
        this.advisors = new AdvisorAnswers(facts, items, peopleNames);
        this.catalogue = new CatalogueAnswers(facts);
        this.router = new QuestionRouter(regionNames, peopleNames, topicSearch, regions, advisors, rankings,
                catalogue);
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

    /** {@code /who TOPIC}: the best-matching proposals and statements, or "nothing in the briefs". */
    public Answer who(String topic) {
        return topicSearch.who(topic);
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

    /** {@code /rankings [N | REGION | ordinal]}: the whole ranking, its top N, or one entry. */
    public Answer rankings(String argument) {
        return rankings.rankings(argument);
    }

    /** {@code /topics}: every topic across the briefs, each a suggestion that runs {@code /who}. */
    public Answer topics() {
        return catalogue.topics();
    }

    /** {@code /source}: the briefs loaded, with title, publisher and date. */
    public Answer source() {
        return catalogue.source();
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

    /** Free text: routed by its words to region, who, advisor or rankings. */
    public Answer question(String text) {
        return router.route(text);
    }
}
