package dev.briefbot.answer.search;

import java.util.Optional;

import dev.briefbot.answer.Facts;
import dev.briefbot.answer.ProposalFact;

/**
 * One thing the briefs hold that answers a question, with how well it does: a proposal or statement, a person found by
 * role or organisation, or what a brief says about a region's situation. The score is the fused rank score (higher is
 * better); compare it only within one {@link SearchResult}.
 */
public sealed interface Match {

    double score();

    /** The person the match names, if any: a context entry names nobody. */
    Optional<dev.briefbot.brief.Person> person();

    /** A proposal or a statement, with who made it. */
    record Proposal(ProposalFact fact, double score) implements Match {
        @Override
        public Optional<dev.briefbot.brief.Person> person() {
            return Optional.of(fact.person());
        }
    }

    /** A person whose role or organisation the question asks about ("which advisor runs an AI company?"). */
    record Person(Facts.PersonFact fact, double score) implements Match {
        @Override
        public Optional<dev.briefbot.brief.Person> person() {
            return Optional.of(fact.person());
        }
    }

    /** What a brief says about a region's situation ("Shenzhen lags behind the Yangtze River Delta"). */
    record Context(Facts.ContextFact fact, double score) implements Match {
        @Override
        public Optional<dev.briefbot.brief.Person> person() {
            return Optional.empty();
        }
    }
}
