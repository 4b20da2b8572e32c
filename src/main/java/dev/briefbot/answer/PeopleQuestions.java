package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefbot.brief.Person;
import dev.briefbot.brief.Region;

/**
 * Questions about who people are rather than what they said: who leads a company or works at a university, who is
 * tied to a region, whether someone sits on the national CPPCC or a local committee, where someone is from. A
 * person's kind is read from their roles and organisation with the same cues a question uses ({@code role_company},
 * {@code role_academic}, …), so "CEO" in a role and "boss" in a question meet.
 */
final class PeopleQuestions {

    /** The kinds of role a question can ask about, with how an answer says it. */
    enum Role {
        COMPANY(Cue.ROLE_COMPANY, "lead or founded a company", "leads or founded a company"),
        ACADEMIC(Cue.ROLE_ACADEMIC, "work at a university or research institute",
                "works at a university or research institute"),
        CPPCC(Cue.ROLE_CPPCC, "are CPPCC members (political advisors)", "is a CPPCC member (a political advisor)"),
        LAWMAKER(Cue.ROLE_LAWMAKER, "are lawmakers (deputies to a people's congress)",
                "is a lawmaker (a deputy to a people's congress)");

        final Cue cue;
        final String many;
        final String one;

        Role(Cue cue, String many, String one) {
            this.cue = cue;
            this.many = many;
            this.one = one;
        }

        static Set<Role> askedIn(Question question) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : values()) {
                if (question.has(role.cue)) {
                    roles.add(role);
                }
            }
            return roles;
        }
    }

    // a committee named for a place is a local one: "the Beijing Committee of the CPPCC"
    private static final Pattern LOCAL_COMMITTEE = Pattern.compile("(?i)\\b(\\p{Lu}[\\p{L}-]+) Committee of the");

    private final Facts facts;
    private final Items items;
    private final Lexicon lexicon = Lexicon.get();
    private final Map<Facts.PersonFact, Set<Role>> roles = new LinkedHashMap<>();

    PeopleQuestions(Facts facts, Items items) {
        this.facts = facts;
        this.items = items;
        facts.people().forEach(fact -> roles.put(fact, rolesOf(fact.person())));
    }

    /**
     * The people whose roles are of the kinds asked (or, {@code negated}, of none of them: "who is not a political
     * advisor?"), within the regions asked if any.
     */
    Answer withRole(Set<Role> asked, List<Region> within, boolean negated) {
        List<Facts.PersonFact> found = facts.people().stream()
                .filter(fact -> hasRole(fact, asked) != negated)
                .filter(fact -> within.isEmpty() || tiedTo(fact, within))
                .toList();
        String kind = (negated ? "are not among those who " : "") + Items.joined(asked.stream()
                .map(role -> negated ? role.one.replaceFirst("^is ", "are ").replaceFirst("^leads or founded",
                        "lead or founded").replaceFirst("^works", "work") : role.many).toList(), "or");
        String where = within.isEmpty() ? "" : " in " + Items.joined(within.stream().map(Region::name).toList(), "or");
        if (found.isEmpty()) {
            return new Answer("The brief names no one who " + single(asked).replaceFirst("^is ", "is ") + where + ".",
                    List.of(),
                    List.of("The people it names: send /advisor for the list."),
                    List.of(new Answer.Suggestion("People", "/advisor")))
                    .about(Subject.of("roles", ""));
        }
        String headline = BriefAnswers.count(found.size(), "person", "people") + where + " "
                + (found.size() == 1 && !negated ? single(asked) : kind) + ": " + namesWithRoles(found) + ".";
        return people(headline, found, "roles");
    }

    /** The people the briefs tie to a region, as themselves or through what they proposed. */
    Answer from(List<Region> regions) {
        List<Facts.PersonFact> found = facts.people().stream().filter(fact -> tiedTo(fact, regions)).toList();
        String where = Items.joined(regions.stream().map(Region::name).toList(), "or");
        if (found.isEmpty()) {
            return new Answer("The brief names no one from " + where + ".", List.of(),
                    List.of("Send /region " + regions.get(0).name() + " for what the briefs say about it."),
                    List.of(new Answer.Suggestion(regions.get(0).name(), "/region " + regions.get(0).name())))
                    .about(Subject.of("filtered-lists", where).withRegions(regions.stream().map(Region::id).toList()));
        }
        String headline = BriefAnswers.count(found.size(), "person is", "people are") + " tied to " + where + ": "
                + namesWithRoles(found) + ".";
        return people(headline, found, "filtered-lists")
                .about(Subject.of("filtered-lists", where)
                        .withPeople(found.stream().map(fact -> fact.person().name()).distinct().toList())
                        .withRegions(regions.stream().map(Region::id).toList()));
    }

    /** "Where is she from?": the region the brief ties the person to, with the passage that says so. */
    Answer whereFrom(String name) {
        List<Facts.PersonFact> described = describedAs(name);
        Optional<Facts.PersonFact> tied = described.stream().filter(fact -> fact.person().region() != null).findFirst();
        if (tied.isEmpty()) {
            Set<String> regions = new LinkedHashSet<>();
            described.forEach(fact -> facts.proposalsBy(fact.person()).forEach(p -> regions.addAll(p.proposal().regions())));
            String spoke = regions.isEmpty() ? "" : "; what " + name + " said is about "
                    + Items.joined(regions.stream().map(items::regionName).toList(), "and");
            return new Answer("The brief does not say where " + name + " is from" + spoke + ".",
                    described.stream().map(items::person).toList(), List.of(), List.of(advisor(name)))
                    .about(Subject.of("roles", name).withPeople(List.of(name)).withRegions(List.copyOf(regions)));
        }
        String region = items.regionName(tied.get().person().region());
        return new Answer(name + " is from " + region + ".", List.of(items.person(tied.get())), List.of(),
                List.of(advisor(name), new Answer.Suggestion(region, "/region " + region)))
                .about(Subject.of("roles", name).withPeople(List.of(name))
                        .withRegions(List.of(tied.get().person().region())));
    }

    boolean hasRole(Facts.PersonFact fact, Set<Role> asked) {
        return roles.get(fact).stream().anyMatch(asked::contains);
    }

    /** "Where does she work?": the organisation and roles the brief gives, or that it gives none. */
    Answer workplace(String name) {
        List<Facts.PersonFact> described = describedAs(name);
        Optional<String> organisation = described.stream().map(fact -> fact.person().organisation())
                .filter(found -> found != null && !found.isBlank()).findFirst();
        String roles = rolesText(described);
        String headline = organisation.map(found -> name + " is with " + found + (roles.isEmpty() ? "." : " ("
                + roles + ")."))
                .orElse("The brief names no organisation for " + name + (roles.isEmpty() ? "." : "; it calls "
                        + name + " " + roles + "."));
        return new Answer(headline, described.stream().map(items::person).toList(), List.of(), List.of(advisor(name)))
                .about(Subject.of("roles", name).withPeople(List.of(name)));
    }

    /** "Is Xu Li on the national CPPCC or a local committee?": which, as the brief words it, or that it does not say. */
    Answer committee(String name) {
        List<Facts.PersonFact> described = describedAs(name);
        String roles = rolesText(described);
        java.util.regex.Matcher local = LOCAL_COMMITTEE.matcher(roles);
        String headline;
        if (local.find()) {
            headline = "A local one: " + name + " is a member of the " + local.group(1) + " Committee of the CPPCC, "
                    + "not the national committee.";
        } else if (roles.toLowerCase(Locale.ROOT).contains("national committee")) {
            headline = "The national one: " + name + " is a member of the National Committee of the CPPCC.";
        } else if (roles.toLowerCase(Locale.ROOT).contains("cppcc")) {
            headline = "The brief does not say: it calls " + name + " “a CPPCC member”, without naming the committee.";
        } else {
            headline = "Neither, as far as the brief says: it does not call " + name + " a CPPCC member.";
        }
        return new Answer(headline, described.stream().map(items::person).toList(), List.of(), List.of(advisor(name)))
                .about(Subject.of("roles", name).withPeople(List.of(name)));
    }

    /** "Is Liu Gang a political advisor?", "does Xu Li run a company?": yes or no from the roles the brief gives. */
    Answer hasRole(String name, Set<Role> asked) {
        List<Facts.PersonFact> descriptions = describedAs(name);
        boolean yes = descriptions.stream().anyMatch(fact -> roles.get(fact).stream().anyMatch(asked::contains));
        String roleText = rolesText(descriptions);
        String described = roleText.isEmpty() ? "names " + name + " without a role"
                : "describes " + name + " as " + roleText;
        String headline = yes ? "Yes. The brief " + described + "."
                : "No. The brief " + described + (roleText.isEmpty() ? "" : ", not as one who "
                        + single(asked).replaceFirst("^is ", "is ")) + ".";
        return new Answer(headline, descriptions.stream().map(items::person).toList(), List.of(),
                List.of(advisor(name))).about(Subject.of("roles", name).withPeople(List.of(name)));
    }

    /** "Is Xu Li from Shanghai?": yes or no, with where the brief ties them. */
    Answer isFrom(String name, List<Region> regions) {
        List<Facts.PersonFact> described = describedAs(name);
        boolean yes = described.stream().anyMatch(fact -> tiedTo(fact, regions));
        Optional<String> own = described.stream().map(fact -> fact.person().region()).filter(id -> id != null)
                .findFirst().map(items::regionName);
        String where = Items.joined(regions.stream().map(Region::name).toList(), "or");
        String headline = yes
                ? "Yes. The brief ties " + name + " to " + where + "."
                : "No. " + own.map(region -> "The brief ties " + name + " to " + region + ", not " + where + ".")
                        .orElse("The brief does not tie " + name + " to " + where + ".");
        return new Answer(headline, described.stream().map(items::person).toList(), List.of(), List.of(advisor(name)))
                .about(Subject.of("roles", name).withPeople(List.of(name))
                        .withRegions(regions.stream().map(Region::id).toList()));
    }

    /** Whether a person is tied to any of the regions: their own region, its province, or what they proposed. */
    boolean tiedTo(Facts.PersonFact fact, List<Region> regions) {
        Set<String> wanted = new LinkedHashSet<>();
        regions.forEach(region -> {
            wanted.add(region.id());
            facts.gazetteer().regions().stream()
                    .filter(city -> region.id().equals(city.province()))
                    .forEach(city -> wanted.add(city.id()));
            wanted.addAll(region.members());
        });
        Set<String> own = new LinkedHashSet<>();
        if (fact.person().region() != null) {
            own.add(fact.person().region());
        }
        facts.proposalsBy(fact.person()).stream().filter(proposal -> proposal.brief().equals(fact.brief()))
                .forEach(proposal -> own.addAll(proposal.proposal().regions()));
        return own.stream().anyMatch(wanted::contains);
    }

    Set<Role> rolesOf(Person person) {
        List<Word> words = Word.of(String.join(" ; ", person.roles()) + " ; "
                + (person.organisation() == null ? "" : person.organisation()));
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        lexicon.find(words, word -> true).forEach(found -> cues.add(found.cue()));
        Set<Role> kinds = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (cues.contains(role.cue)) {
                kinds.add(role);
            }
        }
        return kinds;
    }

    private Answer people(String headline, List<Facts.PersonFact> found, String intent) {
        List<String> names = found.stream().map(fact -> fact.person().name()).distinct().toList();
        return new Answer(headline, found.stream().map(items::person).toList(), List.of(),
                names.stream().map(PeopleQuestions::advisor).toList())
                .about(Subject.of(intent, "").withPeople(names));
    }

    private List<Facts.PersonFact> describedAs(String name) {
        return facts.people().stream().filter(fact -> fact.person().name().equals(name)).toList();
    }

    private static String rolesText(List<Facts.PersonFact> described) {
        Set<String> roles = new LinkedHashSet<>();
        described.forEach(fact -> roles.addAll(fact.person().roles()));
        return String.join("; ", roles);
    }

    private String namesWithRoles(List<Facts.PersonFact> found) {
        List<String> named = new ArrayList<>();
        for (Facts.PersonFact fact : found) {
            String roles = String.join("; ", fact.person().roles());
            String entry = fact.person().name() + (roles.isEmpty() ? "" : " (" + roles + ")");
            if (!named.contains(entry)) {
                named.add(entry);
            }
        }
        return Items.joined(named, "and");
    }

    private static String single(Set<Role> asked) {
        return Items.joined(asked.stream().map(role -> role.one).toList(), "or");
    }

    static Answer.Suggestion advisor(String name) {
        return new Answer.Suggestion(name, "/advisor " + name);
    }
}
