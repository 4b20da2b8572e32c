package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Region;
import dev.briefbot.brief.RegionContext;

/**
 * A library without what a question leaves out by name ("other than Shanghai", "besides Xu Li"), so that every
 * intent answers the rest of the question as it would any other: a person left out takes their proposals with them;
 * a region left out takes the proposals and context entries tied only to it or to places within it (a proposal for
 * Shenzhen and Hong Kong stays when Shenzhen is left out, as Hong Kong still has it). Rankings stay: they are facts
 * about every region in them.
 */
final class Exclusions {

    private Exclusions() {
    }

    /** @param places a region's id and the places within it, as a region's answer counts them */
    static Library without(Library library, Function<Region, Set<String>> places, List<Region> regions,
                           List<String> people) {
        Set<String> left = new HashSet<>();
        regions.forEach(region -> left.addAll(places.apply(region)));
        return without(library, left, people);
    }

    private static Library without(Library library, Set<String> places, List<String> people) {
        List<Brief> briefs = library.briefs().stream().map(brief -> without(brief, places, Set.copyOf(people)))
                .toList();
        return new Library(briefs, library.unreviewed(), library.setAside(), library.gazetteer(), library.synonyms(),
                library.glossary());
    }

    private static Brief without(Brief brief, Set<String> places, Set<String> names) {
        Map<String, Person> byId = brief.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Person> people = brief.people().stream().filter(person -> !names.contains(person.name())).toList();
        Set<String> kept = people.stream().map(Person::id).collect(Collectors.toSet());
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal proposal : brief.proposals()) {
            Person person = byId.get(proposal.person());
            List<String> tied = !proposal.regions().isEmpty() ? proposal.regions()
                    : person == null || person.region() == null ? List.of() : List.of(person.region());
            boolean onlyLeftOut = !tied.isEmpty() && places.containsAll(tied);
            if (kept.contains(proposal.person()) && !onlyLeftOut) {
                proposals.add(proposal);
            }
        }
        List<RegionContext> context = brief.context().stream()
                .filter(entry -> entry.regions().isEmpty() || !places.containsAll(entry.regions())).toList();
        return new Brief(brief.id(), brief.title(), brief.subtitle(), brief.publisher(), brief.section(),
                brief.published(), brief.url(), people, proposals, brief.rankings(), context, brief.text());
    }
}
