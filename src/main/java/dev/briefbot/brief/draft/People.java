package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.PlaceNames;
import dev.briefbot.brief.Region;
import dev.briefbot.brief.Sentences.Sentence;

/**
 * The people a text introduces, found by the patterns news prose uses: "Name, a CPPCC member from X", "Name,
 * director of …", "X's founder and chairman Name", "CPPCC member Name", "Professor Name"; each with the roles,
 * organisation and region the introduction gives, and the introduction itself as the quote.
 */
final class People {

    private static final String NAME_WORD = "[A-Z][a-z]+(?:[-'’][A-Za-z]+)?";
    private static final String NAME = "(" + NAME_WORD + "(?: " + NAME_WORD + "){1,2})";
    /** "Name, a CPPCC member …", "Name, director of …", "Name, also the CEO of …". */
    private static final Pattern APPOSITION = Pattern.compile("(?<![\\w’'])" + NAME + ", (?=(?:a|an|the|also|"
            + "who is|who was|now|former|then|currently|vice|deputy|executive|senior|associate|assistant|"
            + Words.TITLES + ")\\b)");
    /** "360 Security Technology's founder and chairman Zhou Hongyi". */
    private static final Pattern POSSESSIVE_TITLE = Pattern.compile("((?:[A-Z0-9][\\w&.-]*\\s){0,5}[A-Z0-9][\\w&.-]*)"
            + "['’]s ((?:(?:co-|vice |deputy |executive |general |chief )?" + Words.TITLES + ")(?:(?: and| ,|,)? "
            + "(?:co-|vice |deputy |executive |general |chief )?" + Words.TITLES + ")*) " + NAME + "\\b");
    /** "CPPCC member Li Ming", "national legislator Lei Jun", "Professor Wang Wei". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:\\b((?:(?:[A-Z]{2,}|[a-z]+) )?" + Words.TITLES
            + ")|(?<![\\w.])(Prof\\.|Dr\\.|Professor|Dr)) " + NAME + "\\b(?!,? (?:a|an|the)\\b)");
    /** "Prof. Sun Yue of Southern University of Science and Technology": the organisation after the name. */
    private static final Pattern OF_ORGANISATION = Pattern.compile("^ (?:of|at|from) ((?:the )?(?:[A-Z][\\w&'’.-]*"
            + "(?: (?:of|and|for|the|&))?(?: |$|(?=[,.;])))+)");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.? (" + NAME_WORD + ")\\b");
    private static final Pattern LEADING_PLACE = Pattern.compile("^(?:In|From|At) ([^,]{2,40}), $");
    private static final Pattern ROLE_END = Pattern.compile(",|;|\\s(?:who|which|that|and said|has|have|had|is|was"
            + "|will|would|on\\s\\w+day)\\b|" + Words.PROPOSING.pattern() + "|" + Words.SAYING.pattern());
    private static final Pattern ORGANISATION = Pattern.compile("^(?:[\\w-]+ ){0,3}?" + Words.TITLES
            + " (?:of|from|at|with) (?:the )?(.+)$");
    private static final Pattern ACRONYM_MEMBER = Pattern.compile("^([A-Z]{2,}|[A-Z][a-z]+) (?:member|deputy|"
            + "delegate)$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:also |now |then |currently )?(?:a |an |the )?");

    private final PlaceNames places;
    private final Map<String, Person> byName = new LinkedHashMap<>();

    People(PlaceNames places) {
        this.places = places;
    }

    /** Everyone the sentences introduce, in order of introduction. */
    List<Person> find(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            Matcher apposition = APPOSITION.matcher(text);
            while (apposition.find()) {
                introduceByApposition(sentence, apposition);
            }
            Matcher possessive = POSSESSIVE_TITLE.matcher(text);
            while (possessive.find()) {
                introduce(sentence, possessive.group(3), possessive.start(), possessive.end(),
                        List.of(possessive.group(2) + " of " + organisationName(possessive.group(1))),
                        organisationName(possessive.group(1)));
            }
            Matcher titled = TITLE_BEFORE.matcher(text);
            while (titled.find()) {
                String title = titled.group(1) != null ? titled.group(1) : honorificTitle(titled.group(2));
                String name = titled.group(3);
                if (!byName.containsKey(name) && validName(name)) {
                    Matcher of = OF_ORGANISATION.matcher(text.substring(titled.end()));
                    if (of.find()) {
                        String organisation = of.group(1).strip();
                        introduce(sentence, name, titled.start(), titled.end() + of.end(1),
                                List.of(title.strip() + " at " + organisation), organisation);
                    } else {
                        introduce(sentence, name, titled.start(), titled.end(), List.of(title.strip()), null);
                    }
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static String honorificTitle(String honorific) {
        return honorific.startsWith("Prof") ? "professor" : "doctor";
    }

    private void introduceByApposition(Sentence sentence, Matcher apposition) {
        String text = sentence.text();
        String name = apposition.group(1);
        List<String> roles = new ArrayList<>();
        int at = apposition.end();
        int end = at;
        // "Name, a member of X (CPPCC), also the CEO of SenseTime, said …": each comma-separated description a role
        while (true) {
            int stop = roleEnd(text, at);
            String role = ARTICLE.matcher(text.substring(at, stop).strip()).replaceFirst("").strip();
            if (role.isEmpty()) {
                break;
            }
            roles.add(role);
            end = stop;
            if (!text.startsWith(", also ", stop) && !text.startsWith(", and ", stop)) {
                break;
            }
            at = stop + 2;
        }
        if (!roles.isEmpty()) {
            introduce(sentence, name, apposition.start(), end, roles, null);
        }
    }

    // a role ends at a comma outside brackets, or where the sentence's verb begins
    private static int roleEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                Matcher end = ROLE_END.matcher(text).region(i, text.length());
                if (end.lookingAt() && (c == ',' || c == ';' || i > from && Character.isWhitespace(text.charAt(i))
                        || i > from && !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    return c == ',' || c == ';' ? i : i;
                }
                if (c == '.' && i == text.length() - 1) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private void introduce(Sentence sentence, String name, int start, int end, List<String> roles,
                           String organisation) {
        if (!validName(name) || byName.containsKey(name)) {
            return;
        }
        String quote = sentence.text().substring(start, end).strip();
        Matcher leading = LEADING_PLACE.matcher(sentence.text().substring(0, start));
        Person person = new Person(name, quote, sentence.start() + start);
        List<Region> named = new ArrayList<>();
        roles.forEach(role -> named.addAll(places.inProse(role)));
        if (named.isEmpty() && leading.matches()) {
            Optional<Region> place = places.inProse(leading.group(1)).stream().findFirst();
            if (place.isPresent()) {
                named.add(place.get());
                person = new Person(name, sentence.text().substring(0, end).strip(), sentence.start());
            }
        }
        for (String role : roles) {
            person.roles.add(withoutPlaceTail(role));
        }
        person.organisation = organisation != null ? organisation : organisationOf(person.roles);
        if (!named.isEmpty()) {
            person.region = named.get(0).id();
            if (named.stream().map(Region::id).distinct().count() > 1) {
                person.review.add("the introduction names several places; the region is the first of "
                        + named.stream().map(Region::name).distinct().toList());
            }
        }
        byName.put(name, person);
    }

    // "CPPCC member from East China's Shandong Province": the place is the region, the role is "CPPCC member"
    private String withoutPlaceTail(String role) {
        int from = role.lastIndexOf(" from ");
        if (from > 0 && !places.inProse(role.substring(from)).isEmpty()
                && ACRONYM_MEMBER.matcher(role.substring(0, from)).matches()) {
            return role.substring(0, from);
        }
        return role;
    }

    private static String organisationOf(List<String> roles) {
        for (String role : roles) {
            Matcher member = ACRONYM_MEMBER.matcher(role);
            if (member.matches()) {
                return member.group(1);
            }
            Matcher of = ORGANISATION.matcher(role);
            if (of.matches()) {
                return of.group(1).strip();
            }
        }
        return null;
    }

    private static String organisationName(String possessor) {
        return possessor.strip();
    }

    private boolean validName(String name) {
        for (String word : name.split(" ")) {
            if (!Words.isNameWord(word) || places.isPlaceWord(word)) {
                return false;
            }
        }
        return !places.isPlaceWord(name);
    }

    /** Where the text names someone already introduced, by full name, family name or "Mr. Li". */
    static List<Mention> mentions(String text, List<Person> people) {
        List<Mention> mentions = new ArrayList<>();
        for (Person person : people) {
            add(mentions, text, person.name, person);
        }
        for (Person person : people) {
            for (String form : person.shortForms()) {
                Matcher word = Pattern.compile("(?<![\\w’'-])" + Pattern.quote(form) + "(?![\\w-])").matcher(text);
                while (word.find()) {
                    int at = word.start();
                    boolean insideFullName = mentions.stream().anyMatch(m -> at >= m.start() && at < m.end());
                    boolean partOfOtherName = at + form.length() + 1 < text.length()
                            && text.charAt(at + form.length()) == ' '
                            && Character.isUpperCase(text.charAt(at + form.length() + 1))
                            && !person.name.equals(form + text.substring(at + form.length()).split("[^\\w ]")[0]);
                    if (!insideFullName && !partOfOtherName) {
                        mentions.add(new Mention(person, at, at + form.length()));
                    }
                }
            }
        }
        Matcher honorific = HONORIFIC.matcher(text);
        while (honorific.find()) {
            String form = honorific.group(1);
            people.stream().filter(person -> person.shortForms().contains(form)).reduce((a, b) -> b)
                    .ifPresent(person -> mentions.add(new Mention(person, honorific.start(), honorific.end())));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static void add(List<Mention> mentions, String text, String name, Person person) {
        int at = text.indexOf(name);
        while (at >= 0) {
            mentions.add(new Mention(person, at, at + name.length()));
            at = text.indexOf(name, at + name.length());
        }
    }

    /** A person named at [start, end) of a sentence. */
    record Mention(Person person, int start, int end) {
    }
}
