package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.briefbot.answer.Facts;
import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Region;

/**
 * One searchable thing of a library snapshot — a proposal or statement, a person, a context entry — with the texts
 * its words and its meaning are read from.
 *
 * @param fact    a {@link ProposalFact}, a {@link Facts.PersonFact} or a {@link Facts.ContextFact}
 * @param meaning the texts embedded for it: the entry's meaning is the closest of them to the question
 * @param fields  searched field name to its texts, for BM25
 */
record Entry(Object fact, List<String> meaning, List<Field> fields) {

    /** A text in a BM25 field. */
    record Field(String name, String text) {
    }

    Match match(double score) {
        if (fact instanceof ProposalFact proposal) {
            return new Match.Proposal(proposal, score);
        }
        if (fact instanceof Facts.PersonFact person) {
            return new Match.Person(person, score);
        }
        return new Match.Context((Facts.ContextFact) fact, score);
    }

    boolean namesSomeone() {
        return !(fact instanceof Facts.ContextFact);
    }

    /** Every entry of the snapshot: its proposals and statements, then its people, then its context entries. */
    static List<Entry> of(Facts facts) {
        Gazetteer gazetteer = facts.gazetteer();
        List<Entry> entries = new ArrayList<>();
        facts.proposals().forEach(fact -> entries.add(proposal(fact, gazetteer)));
        facts.people().forEach(fact -> entries.add(person(fact, gazetteer)));
        facts.context().forEach(fact -> entries.add(context(fact, gazetteer)));
        return entries;
    }

    private static Entry proposal(ProposalFact fact, Gazetteer gazetteer) {
        List<String> meaning = new ArrayList<>();
        meaning.add(fact.proposal().summary());
        meaning.addAll(fact.proposal().quotes());
        meaning.add(String.join(", ", fact.proposal().topics()));
        List<Field> fields = new ArrayList<>();
        fact.proposal().topics().forEach(topic -> fields.add(new Field("topics", topic)));
        fields.add(new Field("summary", fact.proposal().summary()));
        fact.proposal().quotes().forEach(quote -> fields.add(new Field("quotes", quote)));
        personFields(fact.person(), fields);
        regionNames(Stream.concat(fact.proposal().regions().stream(), Stream.ofNullable(fact.person().region())),
                gazetteer).forEach(name -> fields.add(new Field("regions", name)));
        return new Entry(fact, clean(meaning), cleanFields(fields));
    }

    /** A person is found by role and organisation ("SenseTime's CEO"), never by a region alone. */
    private static Entry person(Facts.PersonFact fact, Gazetteer gazetteer) {
        Person person = fact.person();
        List<String> meaning = new ArrayList<>(person.roles());
        if (person.organisation() != null && !person.roles().contains(person.organisation())) {
            meaning.add(person.organisation());
        }
        List<Field> fields = new ArrayList<>();
        personFields(person, fields);
        regionNames(Stream.ofNullable(person.region()), gazetteer)
                .forEach(name -> fields.add(new Field("regions", name)));
        return new Entry(fact, clean(meaning), cleanFields(fields));
    }

    private static Entry context(Facts.ContextFact fact, Gazetteer gazetteer) {
        List<String> meaning = new ArrayList<>();
        meaning.add(fact.context().summary());
        meaning.addAll(fact.context().quotes());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("summary", fact.context().summary()));
        fact.context().quotes().forEach(quote -> fields.add(new Field("quotes", quote)));
        regionNames(fact.context().regions().stream(), gazetteer)
                .forEach(name -> fields.add(new Field("regions", name)));
        return new Entry(fact, clean(meaning), cleanFields(fields));
    }

    private static void personFields(Person person, List<Field> fields) {
        fields.add(new Field("person", person.name()));
        person.roles().forEach(role -> fields.add(new Field("person", role)));
        fields.add(new Field("person", person.organisation()));
    }

    /** The regions by every name they go by, with a city's province. */
    private static List<String> regionNames(Stream<String> ids, Gazetteer gazetteer) {
        return ids.distinct()
                .flatMap(id -> gazetteer.find(id).stream())
                .flatMap(region -> Stream.concat(names(region), gazetteer.provinceOf(region).stream()
                        .filter(province -> !province.id().equals(region.id()))
                        .flatMap(Entry::names)))
                .toList();
    }

    private static Stream<String> names(Region region) {
        return Stream.concat(Stream.of(region.name(), region.chineseName()), region.aliases().stream())
                .filter(Objects::nonNull);
    }

    private static List<String> clean(List<String> texts) {
        return texts.stream().filter(text -> text != null && !text.isBlank()).distinct().toList();
    }

    private static List<Field> cleanFields(List<Field> fields) {
        return fields.stream().filter(field -> field.text() != null && !field.text().isBlank()).toList();
    }
}
