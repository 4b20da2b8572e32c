package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code /advisor NAME}: who the person is, as the briefs describe them, and everything they proposed or said. */
final class AdvisorAnswers {

    private static final int TOPIC_SUGGESTIONS = 4;

    private final Facts facts;
    private final Items items;
    private final PeopleNames peopleNames;

    AdvisorAnswers(Facts facts, Items items, PeopleNames peopleNames) {
        this.facts = facts;
        this.items = items;
        this.peopleNames = peopleNames;
    }

    Answer advisor(String name) {
        if (name == null || name.isBlank()) {
            return people();
        }
        NameMatch<String> match = peopleNames.match(name);
        if (match.unsure()) {
            return new Answer("Did you mean " + Items.joined(match.candidates(), "or") + "?", List.of(), List.of(),
                    match.candidates().stream().map(AdvisorAnswers::suggestion).toList());
        }
        return match.confident().map(this::describe).orElseGet(() -> nobody(name));
    }

    /**
     * The answer first ("Jiang Biyan (CPPCC, Shanghai) made 2 proposals and 1 statement."), then, for each brief
     * that names the person (newest first), who they are and everything they said there, under one header.
     */
    Answer describe(String name) {
        List<Facts.PersonFact> descriptions = peopleNames.describedAs(name).stream()
                .sorted(java.util.Comparator.comparing((Facts.PersonFact fact) -> fact.brief().published()).reversed())
                .toList();
        List<Answer.Item> found = new ArrayList<>();
        List<ProposalFact> said = new ArrayList<>();
        for (Facts.PersonFact description : descriptions) {
            List<ProposalFact> inBrief = facts.proposalsBy(description.person()).stream()
                    .filter(proposal -> proposal.brief().equals(description.brief())).toList();
            said.addAll(inBrief);
            Answer.Item who = items.person(description);
            List<Answer.Point> points = new ArrayList<>(who.points());
            inBrief.forEach(fact -> points.add(items.point(fact)));
            found.add(new Answer.Item(name, organisation(description), points, who.tag()));
        }
        String headline = name + " (" + Items.shortRole(descriptions.get(0).person(), items) + ") "
                + (said.isEmpty() ? "is named, but the briefs report no proposal or statement by them."
                : "made " + Counts.kinds(said) + ".");
        return new Answer(headline, Items.eachQuoteOnce(found), List.of(), followUps(descriptions, said))
                .about(Subject.of("person", name).withPeople(List.of(name))
                        .withRegions(regionsOf(descriptions, said))
                        .withShown(said.stream().map(Counts::key).collect(java.util.stream.Collectors.toSet())));
    }

    /** "What else did she propose?": the person's proposals and statements that the last answer did not show. */
    Answer more(String name, java.util.Set<String> shown) {
        List<ProposalFact> said = peopleNames.describedAs(name).stream()
                .flatMap(fact -> facts.proposalsBy(fact.person()).stream()
                        .filter(proposal -> proposal.brief().equals(fact.brief())))
                .toList();
        List<ProposalFact> rest = said.stream().filter(fact -> !shown.contains(Counts.key(fact))).toList();
        Subject subject = Subject.of("person", name).withPeople(List.of(name))
                .withShown(said.stream().map(Counts::key).collect(java.util.stream.Collectors.toSet()));
        if (rest.isEmpty()) {
            String all = said.isEmpty() ? "nothing" : said.size() == 1 ? "the one shown"
                    : "the " + said.size() + " shown";
            return new Answer("Nothing else: the briefs report " + all + " from " + name + ".", List.of(), List.of(),
                    followUps(peopleNames.describedAs(name), said)).about(subject);
        }
        String headline = name + " also made " + BriefAnswers.count(rest.size(), "more proposal or statement",
                "more proposals and statements") + ":";
        return new Answer(headline, items.byPerson(rest), List.of(),
                followUps(peopleNames.describedAs(name), rest)).about(subject);
    }

    /** A bare {@code /advisor}: how to ask, and the people the briefs name. */
    private Answer people() {
        List<String> names = peopleNames.names();
        String example = names.isEmpty() ? "Wu Wenyan" : names.get(0);
        return new Answer("The briefs name " + BriefAnswers.count(names.size(), "person", "people") + ": "
                + Items.joined(names, "and") + ".", List.of(),
                List.of("Send /advisor followed by a name for what they said, e.g. /advisor " + example),
                names.stream().map(AdvisorAnswers::suggestion).toList());
    }

    // names no one: an unknown name must never be answered with someone else's
    Answer nobody(String name) {
        return new Answer("There is nobody called “" + name.trim() + "” in the briefs.", List.of(),
                List.of("Send /advisor alone for the people the briefs name, or /who followed by a topic."),
                List.of(new Answer.Suggestion("People in the briefs", "/advisor"),
                        new Answer.Suggestion("Topics", "/topics")));
    }

    /** "Organisation: …", where the roles do not already name it. */
    private static List<String> organisation(Facts.PersonFact fact) {
        String organisation = fact.person().organisation();
        boolean named = organisation == null || organisation.isBlank()
                || String.join(" ", fact.person().roles()).contains(organisation);
        return named ? List.of() : List.of("Organisation: " + organisation);
    }

    private List<Answer.Suggestion> followUps(List<Facts.PersonFact> descriptions, List<ProposalFact> said) {
        List<Answer.Suggestion> next = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        descriptions.stream().map(fact -> fact.person().region()).filter(region -> region != null)
                .forEach(regions::add);
        said.forEach(fact -> regions.addAll(fact.proposal().regions()));
        regions.stream().map(items::regionName).forEach(region -> next.add(
                new Answer.Suggestion(region, "/region " + region)));
        said.stream().flatMap(fact -> fact.proposal().topics().stream()).distinct().limit(TOPIC_SUGGESTIONS)
                .forEach(topic -> next.add(new Answer.Suggestion(topic, "/who " + topic)));
        return next;
    }

    private static List<String> regionsOf(List<Facts.PersonFact> descriptions, List<ProposalFact> said) {
        Set<String> regions = new LinkedHashSet<>();
        descriptions.stream().map(fact -> fact.person().region()).filter(region -> region != null)
                .forEach(regions::add);
        said.forEach(fact -> regions.addAll(fact.proposal().regions()));
        return List.copyOf(regions);
    }

    private static Answer.Suggestion suggestion(String name) {
        return new Answer.Suggestion(name, "/advisor " + name);
    }
}
