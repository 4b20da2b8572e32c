package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.List;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Region;

/** How a proposal or a person becomes an {@link Answer.Item}: one shape everywhere, so answers read alike. */
final class Items {

    private final Gazetteer gazetteer;

    Items(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "Wu Wenyan — member of the Beijing Committee of the CPPCC · Beijing", the summary, the quotes. */
    Answer.Item proposal(ProposalFact fact) {
        List<String> lines = new ArrayList<>();
        lines.add(fact.proposal().summary());
        List<String> regions = fact.proposal().regions().stream().map(this::regionName).toList();
        if (!regions.isEmpty()) {
            lines.add("Region: " + String.join(", ", regions));
        }
        return new Answer.Item(personTitle(fact.person()), lines, quotes(fact.brief(), fact.proposal().quotes()));
    }

    /** The person's name with their roles and region, as the brief gives them. */
    String personTitle(Person person) {
        StringBuilder title = new StringBuilder(person.name());
        if (!person.roles().isEmpty()) {
            title.append(" — ").append(String.join("; ", person.roles()));
        }
        if (person.region() != null) {
            title.append(" · ").append(regionName(person.region()));
        }
        return title.toString();
    }

    List<Answer.Quote> quotes(Brief brief, List<String> texts) {
        return texts.stream().map(text -> new Answer.Quote(text, brief.source())).toList();
    }

    String regionName(String regionId) {
        return gazetteer.find(regionId).map(Region::name).orElse(regionId);
    }
}
