package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Questions about what was proposed: a region's proposals, who proposed a topic, whether a topic came up at all. */
final class TopicIntents {

    private TopicIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new RegionWithin(answering), new RegionAsked(answering), new Discussed(answering),
                new WhoProposed(answering));
    }

    /** "is Shanghai in the Yangtze River Delta?", "is Shenzhen in Guangdong?": the gazetteer says yes or no. */
    record RegionWithin(Answering answering) implements Intent {

        @Override
        public String name() {
            return "yes-no";
        }

        @Override
        public int fit(Question question) {
            return question.yesNo() && question.regions().size() == 2 && container(question) != null
                    && !question.hasContent() && !question.hasAny(Cue.RANK, Cue.COMPARE, Cue.AHEAD, Cue.BEHIND)
                    ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            dev.briefbot.brief.Region outer = container(question);
            dev.briefbot.brief.Region inner = question.regions().get(0).equals(outer) ? question.regions().get(1)
                    : question.regions().get(0);
            boolean yes = within(inner, outer);
            String kind = outer.type() == dev.briefbot.brief.Region.Type.CLUSTER ? "a member of " : "in ";
            String headline = (yes ? "Yes. " : "No. ") + inner.name() + (yes ? " is " : " is not ") + kind
                    + outer.name() + ".";
            return new Answer(headline, List.of(), List.of(), List.of(
                    new Answer.Suggestion(inner.name(), "/region " + inner.name()),
                    new Answer.Suggestion(outer.name(), "/region " + outer.name())))
                    .about(Subject.of(name(), question.text()).withRegions(List.of(inner.id(), outer.id())));
        }

        /** The region of the two that can hold the other: a cluster, or a province beside a city. */
        private dev.briefbot.brief.Region container(Question question) {
            for (dev.briefbot.brief.Region region : question.regions()) {
                if (region.type() == dev.briefbot.brief.Region.Type.CLUSTER) {
                    return region;
                }
            }
            boolean city = question.regions().stream().anyMatch(region -> region.type()
                    == dev.briefbot.brief.Region.Type.CITY);
            return city ? question.regions().stream().filter(region -> region.type().isProvincialLevel())
                    .findFirst().orElse(null) : null;
        }

        private boolean within(dev.briefbot.brief.Region inner, dev.briefbot.brief.Region outer) {
            if (outer.members().contains(inner.id())) {
                return true;
            }
            return answering.facts().gazetteer().provinceOf(inner)
                    .map(province -> province.id().equals(outer.id()) || outer.members().contains(province.id()))
                    .orElse(false);
        }
    }

    /** "what about Shenzhen?", "proposals for Beijing", "深圳", "what did Shanghai advisors say in 2024?". */
    record RegionAsked(Answering answering) implements Intent {

        @Override
        public String name() {
            return "region";
        }

        @Override
        public int fit(Question question) {
            return !question.regions().isEmpty() && !question.hasContent() ? GOOD : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.regions().describe(question.regions().get(0));
        }
    }

    /** "was education discussed?", "did anyone talk about blockchain?": yes or no first, then who said what. */
    record Discussed(Answering answering) implements Intent {

        @Override
        public String name() {
            return "yes-no";
        }

        @Override
        public int fit(Question question) {
            // "any mention of Macao?" asks whether, as yes/no does; "who talked about TCM?" asks who
            if (!question.yesNo() && !(question.has(Cue.DISCUSSED) && !question.hasAny(Cue.WHO, Cue.WHICH))) {
                return NONE;
            }
            if (question.hasContent()) {
                return question.hasAny(Cue.DISCUSSED, Cue.PROPOSED, Cue.SAID, Cue.PEOPLE) ? STRONG : STRONG - 5;
            }
            // "any mention of Macao?", "did anyone propose something for Tianjin?": a region, asked about as a whole
            boolean mentionOfARegion = question.hasAny(Cue.DISCUSSED, Cue.PROPOSED, Cue.SAID)
                    && question.regions().size() == 1 && question.people().isEmpty();
            return mentionOfARegion ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            if (!question.hasContent()) {
                return regionMentioned(question.regions().get(0), question.has(Cue.DISCUSSED));
            }
            String topic = question.contentText();
            // a person asked about is a filter, not a topic: "did Xu Li talk about schools?" is about schools
            List<ProposalFact> found = answering.search().search(question.people().isEmpty()
                    ? question.searchText() : topic);
            if (!question.people().isEmpty()) {
                found = found.stream().filter(fact -> question.people().contains(fact.person().name())).toList();
            }
            if (found.isEmpty() && question.people().isEmpty()) {
                Mentions.Found mentioned = answering.mentions().of(question.content(), within(answering, question));
                if (!mentioned.proposals().isEmpty()) {
                    return yesOrNo(mentions(answering, mentioned.topic(), mentioned), true);
                }
            }
            if (found.isEmpty() && question.people().isEmpty()) {
                Optional<Answer> elsewhere = elsewhere(answering, question, question.searchText());
                if (elsewhere.isPresent()) {
                    return yesOrNo(elsewhere.get(), false);
                }
            }
            if (found.isEmpty()) {
                String who = question.people().isEmpty() ? "" : Items.joined(question.people(), "or") + " ";
                Answer nothing = question.people().isEmpty() ? nothingAbout(answering, question, topic)
                        : Answer.of("The briefs report nothing from " + who.strip() + " about " + topic + ".")
                        .withSuggestions(question.people().stream().map(PeopleQuestions::advisor).toList());
                return yesOrNo(nothing, false);
            }
            List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
            String headline = "Yes. " + Items.joined(people, "and") + " spoke about " + topic + ".";
            return new Answer(headline, answering.items().byPerson(found), List.of(),
                    people.stream().map(PeopleQuestions::advisor).toList())
                    .about(Subject.of(name(), question.text()).withTopic(topic).withPeople(people)
                            .withShown(shown(found)));
        }

        /** Whether the briefs mention a region at all: in proposals, in context, in a ranking, or in their text. */
        private Answer regionMentioned(dev.briefbot.brief.Region region, boolean mentionAsked) {
            Answer described = answering.regions().describe(region);
            boolean proposals = !answering.regions().proposalsOf(region).isEmpty();
            boolean inText = answering.facts().library().briefs().stream().anyMatch(brief -> namesRegion(brief.text(),
                    region));
            if (proposals) {
                return yesOrNo(described, true);
            }
            if (inText && mentionAsked) {
                return new Answer("Yes, but no proposal is tied to " + region.name() + ": the brief only names it.",
                        described.items(), described.notes(), described.suggestions(), described.subject());
            }
            if (inText) {
                return new Answer("No. The briefs have no proposal for " + region.name() + "; they only name it.",
                        described.items(), described.notes(), described.suggestions(), described.subject());
            }
            String briefs = answering.facts().library().briefs().size() == 1 ? "The brief does" : "The briefs do";
            return new Answer("No. " + briefs + " not mention " + region.name() + ".", List.of(), List.of(),
                    List.of(new Answer.Suggestion("Regions", "/region")), described.subject());
        }

        private static boolean namesRegion(String text, dev.briefbot.brief.Region region) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(region.name(), region.chineseName()),
                            region.aliases().stream())
                    .filter(name -> name != null && !name.isBlank())
                    .anyMatch(name -> lower.contains(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** "who proposed AI robots for elderly care?", and any question with a topic that nothing else fits. */
    record WhoProposed(Answering answering) implements Intent {

        @Override
        public String name() {
            return "who";
        }

        @Override
        public int fit(Question question) {
            return question.hasAnyContent() ? FALLBACK + 20 : FALLBACK;
        }

        @Override
        public Answer answer(Question question) {
            return whoProposed(answering, question);
        }
    }

    /**
     * The topic search, and when it finds nothing, the proposals that use every word of the topic (a topic most of
     * the brief shares, such as "AI", gets its best matches and an offer to narrow down); then "not mentioned".
     */
    static Answer whoProposed(Answering answering, Question question) {
        return whoProposed(answering, question, question.searchText(), question.content());
    }

    /**
     * @param text  what the search reads
     * @param topic the words a proposal must all use to count as mentioning the topic
     */
    static Answer whoProposed(Answering answering, Question question, String text, List<Word> topic) {
        List<ProposalFact> found = text.isBlank() ? List.of() : answering.search().search(text);
        List<UnreviewedTexts.Found> unreviewed = answering.unreviewed().about(question.specificContent());
        if (found.isEmpty() && !unreviewed.isEmpty()) {
            return fromUnreviewed(question, unreviewed);
        }
        if (found.isEmpty()) {
            Optional<Answer> elsewhere = elsewhere(answering, question, text);
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
        }
        if (found.isEmpty()) {
            List<String> unknown = unknownWords(answering, question);
            if (!unknown.isEmpty()) {
                return notMentioned(answering, question, unknown);
            }
            Mentions.Found mentioned = answering.mentions().of(topic, within(answering, question));
            if (!mentioned.proposals().isEmpty()) {
                return mentions(answering, mentioned.topic(), mentioned);
            }
        }
        String asked = topic.isEmpty() ? question.text() : String.join(" ", topic.stream().map(Word::typed)
                .toList());
        if (found.isEmpty()) {
            return nothingFound(answering, asked);
        }
        List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
        List<Answer.Item> items = new ArrayList<>(whoItems(answering, found));
        items.addAll(UnreviewedTexts.items(unreviewed));
        return new Answer(whoHeadline(answering, found), items, List.of(),
                people.stream().map(PeopleQuestions::advisor).toList())
                .about(Subject.of("who", text).withTopic(asked).withPeople(people).withShown(shown(found)));
    }

    /**
     * "Who in Shanghai talked about elderly care?" when only Beijing's Wu Wenyan did: nobody there, and who did
     * elsewhere. The place is a filter the briefs do not meet, not a sign that they hold nothing on the topic; empty
     * when the question names no place, or when nobody anywhere answers it either.
     */
    static Optional<Answer> elsewhere(Answering answering, Question question, String text) {
        if (question.regions().isEmpty() || text.isBlank()) {
            return Optional.empty();
        }
        List<ProposalFact> found = answering.search().elsewhere(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String places = Items.joined(question.regions().stream().map(dev.briefbot.brief.Region::name).toList(),
                "or");
        List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
        return Optional.of(new Answer("Nobody in " + places + " spoke to this in the briefs. Elsewhere, "
                + whoHeadline(answering, found), whoItems(answering, found), List.of(),
                people.stream().map(PeopleQuestions::advisor).toList())
                .about(Subject.of("who", text).withTopic(answering.search().withoutPlaces(text)).withPeople(people)
                        .withShown(shown(found))));
    }

    /** What "who proposed …?" shows: one proposal with its quotes only (the headline says the rest), or by person. */
    private static List<Answer.Item> whoItems(Answering answering, List<ProposalFact> found) {
        return found.size() == 1 ? List.of(answering.items().quotedOnly(found.get(0)))
                : answering.items().byPerson(found);
    }

    /**
     * The answer first: "Wu Wenyan (Beijing CPPCC) proposed: apply AI robots to elderly care …" for one match,
     * "Xu Li and Zhou Hongyi spoke to this: 1 proposal and 2 statements." for several.
     */
    static String whoHeadline(Answering answering, List<ProposalFact> found) {
        List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
        if (found.size() == 1) {
            ProposalFact fact = found.get(0);
            String verb = fact.proposal().kind() == dev.briefbot.brief.Proposal.Kind.STATEMENT ? " said: "
                    : " proposed: ";
            String summary = fact.proposal().summary();
            return fact.person().name() + " (" + Items.shortRole(fact.person(), answering.items()) + ")" + verb
                    + Character.toLowerCase(summary.charAt(0)) + summary.substring(1);
        }
        return Items.joined(people, "and") + " spoke to this: " + Counts.kinds(found) + ".";
    }

    /** Nothing in the briefs answers it: say so, and offer topics, naming nobody (not even on a button). */
    static Answer nothingFound(Answering answering, String asked) {
        String words = TopicSearch.topicWords(asked);
        return Answer.of("I found nothing about “" + words + "” in the briefs.")
                .withNotes(List.of("Try one of the topics below, or /topics for all of them."))
                .withSuggestions(topicSuggestions(answering));
    }

    /** The briefs' most common topics, leaving out any that holds a person's name: these answers name nobody. */
    static List<Answer.Suggestion> topicSuggestions(Answering answering) {
        List<String> names = answering.facts().people().stream().map(fact -> fact.person().name()).toList();
        return answering.facts().topicCounts().keySet().stream()
                .filter(topic -> names.stream().noneMatch(topic::contains))
                .limit(6)
                .map(topic -> new Answer.Suggestion(topic, "/who " + topic))
                .toList();
    }

    /** The proposals a question is about by what it names: a region's, a person's; all when it names neither. */
    static java.util.function.Predicate<ProposalFact> within(Answering answering, Question question) {
        Set<ProposalFact> tied = question.regions().isEmpty() ? null : new java.util.HashSet<>();
        question.regions().forEach(region -> tied.addAll(answering.regions().proposalsOf(region)));
        return fact -> (tied == null || tied.contains(fact))
                && (question.people().isEmpty() || question.people().contains(fact.person().name()));
    }

    /** "“AI” comes up in 13 of the 15 proposals and statements; these use it most:", with topics to narrow down. */
    static Answer mentions(Answering answering, String topic, Mentions.Found found) {
        List<String> people = found.proposals().stream().map(fact -> fact.person().name()).distinct().toList();
        String headline = found.broad()
                ? "“" + topic + "” comes up in " + found.using() + " of the " + found.of()
                        + " proposals and statements; these use it most: " + Items.joined(people, "and") + "."
                : BriefAnswers.count(found.using(), "proposal or statement mentions", "proposals and statements mention")
                        + " “" + topic + "”: " + Items.joined(people, "and") + ".";
        List<Answer.Suggestion> next = new ArrayList<>();
        people.forEach(name -> next.add(PeopleQuestions.advisor(name)));
        if (found.broad()) {
            Set<String> topics = new LinkedHashSet<>();
            found.proposals().forEach(fact -> topics.addAll(fact.proposal().topics()));
            topics.stream().limit(4).forEach(narrower -> next.add(new Answer.Suggestion(narrower, "/who " + narrower)));
        }
        List<String> notes = found.broad() ? List.of("Narrow it down with one of the topics below.") : List.of();
        return new Answer(headline, answering.items().byPerson(found.proposals()), notes, next)
                .about(Subject.of("who", topic).withTopic(topic).withPeople(people)
                        .withShown(shown(found.proposals())));
    }

    /**
     * The topic of a question when no brief uses any of its words, as typed: "blockchain" in "who proposed
     * blockchain?". Empty when one word at least is the briefs' own: then the topic is there but not this way
     * ("who's credited for the photo?" uses "credited", no word of the brief, beside "photo", one).
     */
    static List<String> unknownWords(Answering answering, Question question) {
        List<Word> content = question.content().stream()
                .filter(word -> !word.isHan() && !word.isNumber())
                .toList();
        if (content.isEmpty() || content.stream().anyMatch(word -> answering.vocabulary().knows(word))) {
            return List.of();
        }
        return List.of(String.join(" ", content.stream().map(Word::typed).toList()));
    }

    /** "The brief does not mention Baidu.", then the topics the rest of the question reaches, never a person. */
    static Answer notMentioned(Answering answering, Question question, List<String> unknown) {
        String names = Items.joined(unknown, "or");
        String briefs = answering.facts().library().briefs().size() == 1 ? "The brief does" : "The briefs do";
        List<Answer.Suggestion> topics = relatedTopics(answering, question);
        List<String> notes = new ArrayList<>();
        notes.add(topics.isEmpty() ? "Try /topics for what the briefs cover."
                : "Related topics the briefs do cover are below.");
        return new Answer(briefs + " not mention " + names + ".", List.of(), notes,
                topics.isEmpty() ? List.of(new Answer.Suggestion("Topics", "/topics")) : topics)
                .about(Subject.of("unknown-name", question.text()));
    }

    /**
     * Only a text not yet reviewed has it: its sentences as printed, under a headline that says so, naming nobody
     * the sentences do not name themselves (no button, no "proposed").
     */
    static Answer fromUnreviewed(Question question, List<UnreviewedTexts.Found> found) {
        String topic = String.join(" ", question.specificContent());
        long sentences = found.stream().mapToLong(one -> one.sentences().size()).sum();
        String where = found.size() == 1 ? "the text of “" + found.get(0).text().title() + "”"
                : found.size() + " texts";
        return new Answer("The reviewed briefs say nothing about “" + topic + "”; " + where + ", not yet reviewed, "
                + "has " + BriefAnswers.count((int) sentences, "sentence", "sentences") + " on it.",
                UnreviewedTexts.items(found),
                List.of("Quoted as printed: nothing in it has been checked or attributed yet."),
                List.of(new Answer.Suggestion("Sources", "/source")))
                .about(Subject.of("who", topic).withTopic(topic));
    }

    /** The search found nothing: say so, naming nobody. */
    static Answer nothingAbout(Answering answering, Question question, String topic) {
        List<UnreviewedTexts.Found> unreviewed = answering.unreviewed().about(question.specificContent());
        if (!unreviewed.isEmpty()) {
            return fromUnreviewed(question, unreviewed);
        }
        List<String> unknown = unknownWords(answering, question);
        if (!unknown.isEmpty()) {
            return notMentioned(answering, question, unknown);
        }
        return nothingFound(answering, topic.isBlank() ? question.text() : topic);
    }

    /** The same answer, with "Yes." or "No." in front of its headline. */
    static Answer yesOrNo(Answer answer, boolean yes) {
        String headline = answer.headline();
        String lead = yes ? "Yes. " : "No. ";
        if (headline.startsWith("Yes.") || headline.startsWith("No.")) {
            return answer;
        }
        return new Answer(lead + headline, answer.items(), answer.notes(), answer.suggestions(), answer.subject());
    }

    /** Topics of the proposals that the question's known words reach: offered as buttons, which name nobody. */
    private static List<Answer.Suggestion> relatedTopics(Answering answering, Question question) {
        List<String> known = question.content().stream()
                .filter(word -> answering.vocabulary().knows(word))
                .map(Word::typed).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> topics = new LinkedHashSet<>();
        answering.search().search(String.join(" ", known))
                .forEach(fact -> topics.addAll(fact.proposal().topics()));
        return topics.stream().limit(4).map(topic -> new Answer.Suggestion(topic, "/who " + topic)).toList();
    }

    static Set<String> shown(List<ProposalFact> found) {
        Set<String> keys = new LinkedHashSet<>();
        found.forEach(fact -> keys.add(Counts.key(fact)));
        return keys;
    }
}
