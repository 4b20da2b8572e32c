package dev.briefbot.answer;

import java.util.List;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Region;

/**
 * The library flattened for answering: every proposal with its person and brief, and every person with their brief,
 * in the order the briefs tell them. Built once per library snapshot.
 */
public final class Facts {

    /** A person as one brief describes them. */
    public record PersonFact(Brief brief, Person person) {
    }

    private final Library library;
    private final List<ProposalFact> proposals;
    private final List<PersonFact> people;

    public Facts(Library library) {
        this.library = library;
        this.proposals = library.briefs().stream()
                .flatMap(brief -> brief.proposals().stream()
                        .map(proposal -> new ProposalFact(brief, brief.person(proposal.person()), proposal)))
                .toList();
        this.people = library.briefs().stream()
                .flatMap(brief -> brief.people().stream().map(person -> new PersonFact(brief, person)))
                .toList();
    }

    public Library library() {
        return library;
    }

    public Gazetteer gazetteer() {
        return library.gazetteer();
    }

    public List<ProposalFact> proposals() {
        return proposals;
    }

    public List<PersonFact> people() {
        return people;
    }

    public List<ProposalFact> proposalsBy(Person person) {
        return proposals.stream().filter(fact -> fact.person().id().equals(person.id())).toList();
    }

    public List<ProposalFact> proposalsAbout(Region region) {
        return proposals.stream().filter(fact -> fact.proposal().regions().contains(region.id())).toList();
    }
}
