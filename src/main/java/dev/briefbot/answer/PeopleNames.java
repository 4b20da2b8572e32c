package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;

/**
 * People by name ("Wu Wenyan", "wenyan wu", "Wu Wenyen", "Wu" when only one Wu), or by a word that only their
 * organisation has ("SenseTime", "Nankai", "360"). One name across briefs is one person.
 */
final class PeopleNames {

    private static final Pattern LEADING_TITLE = Pattern.compile("^(mr|mrs|ms|miss|dr|prof|professor) ");
    // words every organisation has: they say nothing about which person is meant
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "the", "of", "and", "for", "in", "on", "at", "china", "chinese", "people", "peoples", "national",
            "committee", "conference", "political", "consultative", "cppcc", "congress", "npc", "university",
            "institute", "research", "economic", "economics", "company", "group", "technology", "technologies",
            "security", "science", "sciences", "academy", "association", "centre", "center", "school", "college",
            "department", "bureau", "office", "council", "government", "member", "members", "new", "ai", "ceo",
            "founder", "chairman", "chairwoman", "director", "president", "deputy", "vice", "head", "chief",
            "secretary", "also", "from", "a", "an");

    // people are matched more strictly than places: one typo in "Wu Wenyen", two only in long names
    private static final int PERSON_LETTERS_PER_EDIT = 6;

    private final NameIndex<String> index = new NameIndex<>(PeopleNames::withoutTitle, 5, PERSON_LETTERS_PER_EDIT);
    private final Map<String, List<Facts.PersonFact>> byName = new LinkedHashMap<>();

    PeopleNames(List<Facts.PersonFact> people, Gazetteer gazetteer) {
        people.forEach(fact -> byName.computeIfAbsent(fact.person().name(), ignored -> new ArrayList<>())
                .add(fact));
        byName.keySet().forEach(this::addName);
        addOrganisationWords(new RegionNames(gazetteer), commonWords(people));
    }

    /**
     * The words the briefs write in lower case somewhere: common words ("hospital", "security"), never a name. An
     * organisation's word that is one of them names no one: "who talked about hospitals?" is not about Donghu Hospital.
     */
    private static Set<String> commonWords(List<Facts.PersonFact> people) {
        Set<String> common = new HashSet<>();
        people.stream().map(Facts.PersonFact::brief).distinct().forEach(brief -> Word.of(brief.text()).stream()
                .filter(word -> word.typed().chars().anyMatch(Character::isLetter)
                        && word.typed().equals(word.typed().toLowerCase(Locale.ROOT)))
                .forEach(word -> {
                    common.add(word.lower());
                    common.add(word.stem());
                }));
        return common;
    }

    /** The name as the briefs spell it. */
    NameMatch<String> match(String name) {
        return index.match(name);
    }

    /** The people a sentence names, by their names as the briefs spell them. */
    List<String> findIn(String sentence) {
        return index.findIn(sentence);
    }

    /** The people among a question's words (name forms), by their names as the briefs spell them, with their words. */
    List<NameIndex.Named<String>> spansIn(List<String> words, String sentence) {
        return index.spansIn(words, sentence);
    }

    /** Every brief's description of the person with this name. */
    List<Facts.PersonFact> describedAs(String name) {
        return byName.getOrDefault(name, List.of());
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    private void addName(String name) {
        index.add(name, name);
        List<String> parts = Arrays.asList(name.trim().split("\\s+"));
        if (parts.size() > 1) {
            index.add(String.join(" ", parts.subList(1, parts.size())) + " " + parts.get(0), name);
            index.add(parts.get(0), name);
        }
    }

    private void addOrganisationWords(RegionNames regions, Set<String> common) {
        Map<String, Set<String>> owners = new HashMap<>();
        byName.forEach((name, facts) -> facts.stream()
                .map(Facts.PersonFact::person)
                .flatMap(PeopleNames::organisationsAndRoles)
                .forEach(organisation -> {
                    index.add(organisation, name);
                    NameIndex.words(organisation).stream()
                            .filter(word -> distinctive(word, regions) && !isCommon(word, common))
                            .forEach(word -> owners.computeIfAbsent(word, ignored -> new HashSet<>())
                                    .add(name));
                }));
        owners.forEach((word, names) -> {
            if (names.size() == 1 && index.match(word).unknown()) {
                index.add(word, names.iterator().next());
            }
        });
    }

    private static Stream<String> organisationsAndRoles(Person person) {
        return Stream.concat(Stream.ofNullable(person.organisation()), person.roles().stream())
                .filter(text -> !text.isBlank());
    }

    private static boolean isCommon(String word, Set<String> common) {
        List<Word> read = Word.of(word);
        return common.contains(word.toLowerCase(Locale.ROOT))
                || !read.isEmpty() && common.contains(read.get(0).stem());
    }

    private static boolean distinctive(String word, RegionNames regions) {
        return !ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && regions.match(word).unknown()
                && (word.length() >= 3 || word.chars().allMatch(Character::isDigit));
    }

    private static String withoutTitle(String words) {
        return LEADING_TITLE.matcher(words).replaceFirst("");
    }
}
