package dev.briefbot.answer;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Proposal;

/** A proposal with the person who made it and the brief that reports it: everything an answer item needs. */
public record ProposalFact(Brief brief, Person person, Proposal proposal) {
}
