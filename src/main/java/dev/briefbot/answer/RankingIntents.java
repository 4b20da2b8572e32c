package dev.briefbot.answer;

import java.util.List;

import dev.briefbot.brief.Region;

/** Questions about the ranking a brief reports: a place, the top N, a region's standing, comparisons, neighbours. */
final class RankingIntents {

    private RankingIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new Compare(answering), new Between(answering), new Range(answering),
                new Neighbour(answering), new MakesTop(answering), new Ranking(answering));
    }

    /** Whether the intent reads the ranking: {@code /rankings WORDS} asks only these. */
    static boolean isRankingIntent(Intent intent) {
        return intent instanceof Compare || intent instanceof Between || intent instanceof Range
                || intent instanceof Neighbour || intent instanceof MakesTop || intent instanceof Ranking;
    }

    private static boolean hasRanking(Answering answering) {
        return !answering.facts().rankings().isEmpty();
    }

    /** "Jiangsu vs Zhejiang, who is ahead?", "which ranks higher, Shanghai or Beijing?". */
    record Compare(Answering answering) implements Intent {

        @Override
        public String name() {
            return "comparisons";
        }

        @Override
        public int fit(Question question) {
            boolean two = question.regions().size() >= 2;
            return hasRanking(answering) && two && question.hasAny(Cue.COMPARE, Cue.RANK) && !question.hasContent()
                    ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            List<Region> regions = question.regions();
            if (question.yesNo() && regions.size() == 2 && question.hasAny(Cue.AHEAD, Cue.BEHIND)) {
                boolean ahead = question.has(Cue.AHEAD) && !question.has(Cue.BEHIND);
                return answering.rankingQuestions().isAhead(regions.get(0), regions.get(1), ahead);
            }
            return answering.rankingQuestions().compare(regions);
        }
    }

    /** "who is between 3rd and 5th?". */
    record Between(Answering answering) implements Intent {

        @Override
        public String name() {
            return "ranking-between";
        }

        @Override
        public int fit(Question question) {
            boolean places = places(question).size() >= 2;
            // "collaborative development between Shenzhen and Hong Kong" is no place in a ranking
            boolean regions = question.regions().size() == 2 && !question.hasContent()
                    && question.hasAny(Cue.RANK, Cue.REGIONS, Cue.WHICH, Cue.WHO);
            return hasRanking(answering) && question.has(Cue.BETWEEN) && (places || regions) ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            List<Integer> places = places(question);
            if (places.size() < 2) {
                return answering.rankingQuestions().betweenRegions(question.regions().get(0),
                        question.regions().get(1));
            }
            return answering.rankingQuestions().between(places.get(0), places.get(1));
        }

        static List<Integer> places(Question question) {
            List<Integer> places = new java.util.ArrayList<>(question.ordinals());
            places.addAll(question.numbers());
            return places;
        }
    }

    /** "positions 6 through 8", "from 3rd to 5th". */
    record Range(Answering answering) implements Intent {

        @Override
        public String name() {
            return "ranking-between";
        }

        @Override
        public int fit(Question question) {
            return hasRanking(answering) && question.has(Cue.RANGE) && Between.places(question).size() >= 2
                    && question.hasAny(Cue.RANK, Cue.TOP) && question.regions().isEmpty() ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            List<Integer> places = Between.places(question);
            return answering.rankingQuestions().range(places.get(0), places.get(1));
        }
    }

    /** "what is ranked one place below Shandong?", "who comes right after Beijing?", "who is above 4th?". */
    record Neighbour(Answering answering) implements Intent {

        @Override
        public String name() {
            return "ranking-neighbours";
        }

        @Override
        public int fit(Question question) {
            if (!hasRanking(answering) || !question.hasAny(Cue.BELOW, Cue.ABOVE) || question.hasAny(Cue.BETWEEN, Cue.COUNT)
                    || question.hasContent()) {
                return NONE;
            }
            boolean one = question.regions().size() == 1 || question.regions().isEmpty()
                    && question.ordinals().size() == 1;
            return one ? EXACT - 5 : NONE;
        }

        @Override
        public Answer answer(Question question) {
            int places = question.numbers().isEmpty() ? 1 : question.numbers().get(0);
            int offset = question.has(Cue.BELOW) && !question.has(Cue.ABOVE) ? places : -places;
            if (question.regions().isEmpty()) {
                return answering.rankingQuestions().neighbourOf(question.ordinals().get(0), offset);
            }
            return answering.rankingQuestions().neighbour(question.regions().get(0), offset);
        }
    }

    /** "does Anhui make the top five?", "is Liaoning in the top 8?". */
    record MakesTop(Answering answering) implements Intent {

        @Override
        public String name() {
            return "ranking-top-membership";
        }

        @Override
        public int fit(Question question) {
            boolean topN = question.has(Cue.TOP) && !question.numbers().isEmpty();
            return hasRanking(answering) && topN && question.regions().size() == 1 && !question.has(Cue.COUNT)
                    ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.rankingQuestions().makesTop(question.regions().get(0), question.numbers().get(0));
        }
    }

    /** "which region ranks third?", "where does Sichuan rank?", "top 5 regions", "show me the rankings". */
    record Ranking(Answering answering) implements Intent {

        @Override
        public String name() {
            return "rankings";
        }

        @Override
        public int fit(Question question) {
            if (!question.people().isEmpty()) {
                return NONE;
            }
            boolean place = !question.ordinals().isEmpty() || question.hasAny(Cue.FIRST_PLACE, Cue.LAST_PLACE);
            // "which province leads?" asks for a place; "which advisor leads a company?" asks for a person
            boolean ofPeople = question.has(Cue.PEOPLE) || !PeopleQuestions.Role.askedIn(question).isEmpty();
            // "who was the first to propose robots?" asks who proposed, not a place
            boolean asksWhoSaid = question.hasAny(Cue.PROPOSED, Cue.SAID, Cue.DISCUSSED) && question.hasContent();
            boolean asksPlace = place && !asksWhoSaid && (question.hasAny(Cue.RANK, Cue.WHERE, Cue.REGIONS)
                    || question.hasAny(Cue.WHICH, Cue.WHO) && !ofPeople);
            boolean topN = question.has(Cue.TOP) && !question.numbers().isEmpty();
            boolean standing = question.has(Cue.RANK) && !question.regions().isEmpty();
            boolean released = question.has(Cue.RANK) && question.yesNo() && !question.years().isEmpty();
            if (asksPlace || topN || standing || released) {
                return STRONG;
            }
            if (question.has(Cue.RANK)) {
                // "which report does the article cite for the ranking?": the ranking, named, is the best answer;
                // "who said … for regional AI competitiveness?" asks who said it
                boolean asksWho = question.hasAny(Cue.WHO, Cue.SAID, Cue.PROPOSED, Cue.DISCUSSED);
                if (!question.hasContent()) {
                    return GOOD;
                }
                // the ranking, unless a proposal answers the rest: "what decides how competitive a region is?"
                boolean answered = !answering.search().search(question.searchText()).isEmpty();
                return asksWho || answered ? NONE : WEAK + 5;
            }
            return NONE;
        }

        @Override
        public Answer answer(Question question) {
            RankingAnswers rankings = answering.rankings();
            if (answering.facts().rankings().isEmpty()) {
                return Answer.of("The briefs report no ranking.");
            }
            Facts.RankingFact fact = answering.facts().rankings().get(answering.facts().rankings().size() - 1);
            if (!question.regions().isEmpty()) {
                Region region = question.regions().get(0);
                if (question.yesNo()) {
                    return answering.rankingQuestions().isRanked(region);
                }
                return rankings.standingEverywhere(region).about(Subject.of("rankings", region.name())
                        .withRegions(List.of(region.id())));
            }
            if (question.yesNo() && !question.years().isEmpty()) {
                return answering.rankingQuestions().releasedIn(question.years().get(0));
            }
            if (question.has(Cue.TOP) && !question.numbers().isEmpty()) {
                return rankings.top(fact, question.numbers().get(0));
            }
            if (!question.ordinals().isEmpty()) {
                return rankings.at(fact, question.ordinals().get(0));
            }
            if (question.has(Cue.FIRST_PLACE)) {
                return rankings.at(fact, 1);
            }
            if (question.has(Cue.LAST_PLACE)) {
                return rankings.at(fact, fact.ranking().entries().size());
            }
            return rankings.whole();
        }
    }
}
