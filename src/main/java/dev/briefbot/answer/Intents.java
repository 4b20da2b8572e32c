package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.brief.Region;

/**
 * The table of intents: a question is parsed once, read in the context of the previous answer when it follows up on
 * it, and answered by the intent that fits it best (the first in the table on a tie).
 */
final class Intents {

    /** Cues that make a question about the brief itself: "it" there is the brief, never a region. */
    private static final Set<Cue> ABOUT_THE_BRIEF = Set.of(Cue.DATE, Cue.TIME, Cue.PUBLISHED, Cue.PUBLISHER,
            Cue.SECTION, Cue.HEADLINE, Cue.SUBTITLE, Cue.TIMEZONE, Cue.URL, Cue.AUTHOR, Cue.SUMMARY);

    private final QuestionParser parser;
    private final Answering answering;
    private final List<Intent> table;

    Intents(QuestionParser parser, Answering answering) {
        this.parser = parser;
        this.answering = answering;
        List<Intent> intents = new ArrayList<>();
        intents.addAll(FollowUpIntents.of(answering, parser, this::answer));
        intents.addAll(BriefIntents.of(answering));
        intents.addAll(RankingIntents.of(answering));
        intents.addAll(CountIntents.of(answering));
        intents.addAll(PeopleIntents.of(answering));
        intents.addAll(TopicIntents.of(answering));
        this.table = List.copyOf(intents);
    }

    List<Intent> table() {
        return table;
    }

    /** The names the text leaves out ("other than Shanghai"), if any. */
    Optional<QuestionParser.Exclusion> exclusion(String text) {
        return parser.exclusion(text);
    }

    Question parse(String text, Optional<Subject> context) {
        return parser.parse(text, context);
    }

    Answer answer(String text, Optional<Subject> context) {
        return answer(resolved(parser.parse(text, context)));
    }

    /** {@code /who TOPIC}: the topic search on the topic as typed, its mentions when it finds nothing. */
    Answer who(String topic) {
        if (topic == null || topic.isBlank()) {
            List<Answer.Suggestion> topics = TopicIntents.topicSuggestions(answering);
            String example = topics.isEmpty() ? "/who elderly care" : topics.get(0).command();
            return Answer.of("Which topic? For example: " + example).withSuggestions(topics);
        }
        // a topic as typed: "/who regional" is about "regional", though "region" asks for a region elsewhere
        List<Word> words = Word.of(topic).stream().filter(word -> !Question.isLittleWord(word.lower())).toList();
        return TopicIntents.whoProposed(answering, parser.parse(topic, Optional.empty()), topic, words);
    }

    /**
     * {@code /rankings WORDS}: the words read as a question about the ranking ("third", "Sichuan", "last", "Jiangsu
     * vs Zhejiang"), answered by the ranking's intents only; empty when none of them fits.
     */
    Optional<Answer> aboutTheRanking(String words) {
        Question question = parser.parse("ranking " + words, Optional.empty());
        boolean onlyTheWord = !question.hasContent() && question.regions().isEmpty() && question.ordinals().isEmpty()
                && !question.hasAny(Cue.FIRST_PLACE, Cue.LAST_PLACE, Cue.TOP);
        Intent best = null;
        int fit = Intent.NONE;
        for (Intent intent : table) {
            boolean counts = RankingIntents.isRankingIntent(intent)
                    && !(onlyTheWord && intent instanceof RankingIntents.Ranking);
            // the ranking as a fallback for words it cannot place ("/rankings banana") is no answer here
            int score = counts ? intent.fit(question) : Intent.NONE;
            score = score < Intent.GOOD ? Intent.NONE : score;
            if (score > fit) {
                best = intent;
                fit = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(answer(question, best));
    }

    /**
     * The answer of the intent that fits best, about what it answered: the question asked is kept with it, so "and
     * Shanghai?" can ask it again.
     */
    Answer answer(Question question) {
        return answer(question, best(question));
    }

    private Answer answer(Question question, Intent intent) {
        Answer answer = intent.answer(question);
        if (answer.subject() == null || intent instanceof FollowUpIntents.AndAgain) {
            return answer;
        }
        return answer.about(answer.subject().withAsk(question.text()));
    }

    Intent best(Question question) {
        Intent best = table.get(table.size() - 1);
        int fit = Intent.NONE;
        for (Intent intent : table) {
            int score = intent.fit(question);
            if (score > fit) {
                best = intent;
                fit = score;
            }
        }
        return best;
    }

    /** The question with "she" and "it" read as the person and the region the previous answer was about. */
    Question resolved(Question question) {
        if (question.context().isEmpty()) {
            return question;
        }
        Subject context = question.context().get();
        Question resolved = question;
        if (question.has(Cue.PRONOUN_PERSON) && question.people().isEmpty() && context.people().size() == 1) {
            resolved = resolved.withPeople(context.people());
        }
        boolean aboutTheBrief = question.cueSet().stream().anyMatch(ABOUT_THE_BRIEF::contains);
        // "and the one after?": a neighbour needs a region, and the last answer was about one
        boolean needsARegion = question.has(Cue.PRONOUN_THING)
                || question.hasAny(Cue.BELOW, Cue.ABOVE) && question.ordinals().isEmpty();
        if (needsARegion && question.regions().isEmpty() && !context.regions().isEmpty() && !aboutTheBrief) {
            // after a list ("/rankings 3"), "the one after" is after its last; anything else is about its first
            List<String> ids = context.regions();
            boolean after = question.has(Cue.BELOW) && !question.has(Cue.ABOVE) && ids.size() > 1;
            resolved = resolved.withRegions(regions(after ? ids.subList(ids.size() - 1, ids.size())
                    : ids.subList(0, 1)));
        }
        // "where does his region rank?": the person's region
        if (resolved.has(Cue.RANK) && resolved.regions().isEmpty() && resolved.people().size() == 1) {
            String person = resolved.people().get(0);
            List<Region> own = answering.facts().people().stream()
                    .filter(fact -> fact.person().name().equals(person))
                    .map(fact -> fact.person().region()).filter(id -> id != null).distinct()
                    .flatMap(id -> answering.facts().gazetteer().find(id).stream()).toList();
            if (!own.isEmpty()) {
                resolved = resolved.withRegions(own.subList(0, 1)).withPeople(List.of());
            }
        }
        return resolved;
    }

    private List<Region> regions(List<String> ids) {
        return ids.stream().flatMap(id -> answering.facts().gazetteer().find(id).stream()).toList();
    }

    /** For tests: the intent every intent name of the table maps to. */
    Map<String, List<Intent>> byName() {
        return table.stream().collect(Collectors.groupingBy(Intent::name));
    }
}
