package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

import dev.briefbot.answer.search.Glossary;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Region;

/**
 * Reads a question once into a {@link Question}: its words (Lucene's standard tokenizer), language, cues, the regions,
 * people and briefs it names, its numbers, places and years, the names nothing in the library mentions, and the
 * context it may follow up on.
 */
final class QuestionParser {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("twenty", 20));
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    private static final String HAN_DIGITS = "〇一二三四五六七八九十";
    /** Words that open a yes/no question: "does Anhui make the top five?", "is Xu Li from Shanghai?". */
    private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "was", "were", "do", "does", "did", "has",
            "have", "had", "can", "could", "will", "would", "should", "isn't", "doesn't", "didn't", "wasn't", "any",
            "anything");
    private static final Set<String> NUMBER_MARKS = Set.of("number", "no", "nr", "position", "place", "rank", "ranked",
            "spot");
    private static final LevenshteinDistance TWO_TYPOS = new LevenshteinDistance(2);

    private final Lexicon lexicon = Lexicon.get();
    private final RegionNames regionNames;
    private final PeopleNames peopleNames;
    private final Vocabulary vocabulary;
    private final Glossary glossary;
    private final Map<String, List<Brief>> publishers;

    QuestionParser(Facts facts, RegionNames regionNames, PeopleNames peopleNames, Vocabulary vocabulary,
                   Glossary glossary) {
        this.glossary = glossary;
        this.publishers = publishers(facts);
        this.regionNames = regionNames;
        this.peopleNames = peopleNames;
        this.vocabulary = vocabulary;
    }

    /**
     * A question in Chinese is read in English, through the glossary (谁提到了机器人？ as "who mentioned robots?"),
     * so that every intent reads one language; the Chinese words the glossary does not know are names nothing in the
     * library mentions (百度说了什么？ asks about 百度), and a final 吗 still asks yes or no.
     */
    Question parse(String asked, Optional<Subject> context) {
        String text = asked == null ? "" : Word.normalised(NameIndex.firstWordsOf(asked.strip()));
        if (!Glossary.hasChinese(text)) {
            return parseEnglish(text, context, false);
        }
        Glossary.Translation english = glossary.translate(text);
        // 吗 asks yes or no; 么 only where it is not part of 什么, 怎么, 多么…
        boolean yesNo = text.matches("(?s).*(吗|(?<![什怎这那多])么)[\\s?？!！。.]*");
        // the words the glossary left as they were stay in the text, where the cues may know them (总结, 排名);
        // numbers (第三, 前五) are read by the parse itself
        StringBuilder numbers = new StringBuilder();
        java.util.regex.Matcher run = UNREAD.matcher(english.english());
        while (run.find()) {
            numbers.append(' ').append(hanNumbers(run.group().replaceAll("\\s+", "")));
        }
        String read = HAN_NUMBER.matcher(english.english()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        Question parsed = parseEnglish((read + numbers).strip(), context, yesNo);
        // what no cue, region or person took is a name nothing in the library mentions (百度说了什么？ asks about
        // 百度), rejoined where smartcn cut it into characters; a character alone is a measure word or a particle
        List<String> unknown = new ArrayList<>(hanRuns(parsed.content()));
        unknown.addAll(parsed.unknownNames());
        return new Question(text, parsed.words(), language(text), parsed.cues(), parsed.regions(), parsed.people(),
                parsed.briefs(), parsed.numbers(), parsed.ordinals(), parsed.years(), unknown, parsed.yesNo(),
                parsed.context(), parsed.named());
    }

    /**
     * What a question leaves out by name ("other than Shanghai", "besides Xu Li", "apart from Beijing and Hunan"),
     * and the question without those words, to be asked of the library without them.
     *
     * @param regions the regions left out
     * @param people  the people left out, as the briefs spell them
     * @param rest    the question without the words that leave them out
     */
    record Exclusion(List<Region> regions, List<String> people, String rest) {

        /** "Shanghai", "Xu Li and Beijing": what was left out, for the answer to say. */
        String named() {
            List<String> names = new ArrayList<>(people);
            regions.forEach(region -> names.add(region.name()));
            return Items.joined(names, "and");
        }
    }

    private static final Set<String> ONE_WORD_EXCLUSIONS = Set.of("besides", "except", "excluding", "beside");
    private static final Set<String> TWO_WORD_EXCLUSIONS = Set.of("other than", "apart from", "aside from",
            "except for", "but not");
    private static final Set<String> JOINERS = Set.of("and", "or", "nor");

    /** The names a question leaves out, if it leaves out any (English only). */
    Optional<Exclusion> exclusion(String asked) {
        String text = asked == null ? "" : Word.normalised(NameIndex.firstWordsOf(asked.strip()));
        List<Word> words = Word.of(text);
        // most questions leave no one out: the names are looked up only behind an exclusion word
        boolean marked = false;
        for (int at = 0; at < words.size() - 1 && !marked; at++) {
            marked = markerLength(words, at) > 0;
        }
        if (!marked || Glossary.hasChinese(text)) {
            return Optional.empty();
        }
        List<String> nameForms = words.stream().map(Word::nameForm).toList();
        List<NameIndex.Named<Region>> places = regionNames.spansIn(nameForms, text);
        List<NameIndex.Named<String>> persons = peopleNames.spansIn(nameForms, text);
        for (int at = 0; at < words.size() - 1; at++) {
            int marker = markerLength(words, at);
            if (marker == 0) {
                continue;
            }
            List<Region> regions = new ArrayList<>();
            List<String> people = new ArrayList<>();
            int next = at + marker;
            int end = next;
            while (next < words.size()) {
                int from = next;
                Optional<NameIndex.Named<Region>> place = places.stream().filter(span -> span.from() == from)
                        .max((one, other) -> Integer.compare(one.to(), other.to()));
                Optional<NameIndex.Named<String>> person = persons.stream().filter(span -> span.from() == from)
                        .max((one, other) -> Integer.compare(one.to(), other.to()));
                if (place.isPresent() && (person.isEmpty() || place.get().to() >= person.get().to())) {
                    regions.add(place.get().value());
                    next = place.get().to();
                } else if (person.isPresent()) {
                    people.add(person.get().value());
                    next = person.get().to();
                } else {
                    break;
                }
                end = next;
                if (next < words.size() && JOINERS.contains(words.get(next).lower())) {
                    next++;
                }
            }
            if (!regions.isEmpty() || !people.isEmpty()) {
                String rest = (text.substring(0, words.get(at).start()) + " "
                        + (end < words.size() ? text.substring(words.get(end - 1).end()) : ""))
                        .replaceAll("\\s+", " ").replaceAll("\\s+([?!.,])", "$1").strip();
                return Optional.of(new Exclusion(regions, people, rest));
            }
        }
        return Optional.empty();
    }

    private static int markerLength(List<Word> words, int at) {
        if (ONE_WORD_EXCLUSIONS.contains(words.get(at).lower())) {
            return 1;
        }
        return at + 1 < words.size()
                && TWO_WORD_EXCLUSIONS.contains(words.get(at).lower() + " " + words.get(at + 1).lower()) ? 2 : 0;
    }

    /** Chinese words that stood together, as one run each, when a run is longer than a character. */
    private static List<String> hanRuns(List<Word> content) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Word last = null;
        for (Word word : content) {
            boolean joined = last != null && word.isHan() && last.isHan() && word.start() <= last.end() + 1;
            if (!joined && run.length() > 1) {
                runs.add(run.toString());
            }
            if (!joined) {
                run.setLength(0);
            }
            if (word.isHan()) {
                run.append(word.typed());
                last = word;
            } else {
                last = null;
            }
        }
        if (run.length() > 1) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static final java.util.regex.Pattern UNREAD = java.util.regex.Pattern.compile(
            "\\p{IsHan}+(?:\\s+\\p{IsHan}+)*");
    private static final java.util.regex.Pattern HAN_NUMBER = java.util.regex.Pattern.compile(
            "[第前]?[〇一二三四五六七八九十两0-9]+[名位个]?");

    /** 第三 as "number 3", 前五 as "top 5": the places and counts a Chinese run holds, in English. */
    private static String hanNumbers(String unread) {
        StringBuilder places = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        readHanNumbers(unread, numbers, ordinals);
        ordinals.forEach(place -> places.append(" number ").append(place));
        numbers.forEach(count -> places.append(" top ").append(count));
        return places.toString().strip();
    }

    private Question parseEnglish(String text, Optional<Subject> context, boolean yesNoHan) {
        List<Word> words = Word.of(text);
        List<String> nameForms = words.stream().map(Word::nameForm).toList();
        Set<Integer> named = new HashSet<>();
        List<Region> regions = regions(nameForms, text, named);
        Set<Integer> inPlaceNames = Set.copyOf(named);
        List<String> elsewhere = new ArrayList<>();
        List<String> people = people(words, nameForms, text, named, elsewhere);
        // a word inside a place's name is the name's, not a cue: "area" of "Greater Bay Area" asks for no list of
        // regions (a person's role stays a cue: "is Xu Li the CEO of SenseTime?" asks about a role)
        List<Lexicon.Found> cues = lexicon.find(words, this::known).stream()
                .filter(found -> found.from() < 0 || found.to() <= found.from()
                        || !allIn(inPlaceNames, found.from(), found.to()))
                .toList();
        List<Integer> numbers = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        readNumbers(words, text, numbers, ordinals, years, named);
        return new Question(text, words, language(text), cues, regions, people, briefsNamed(text),
                numbers, ordinals, years, unknown(elsewhere, unknownNames(words, named, cues)), yesNoHan || yesNo(words, cues), context, named);
    }

    /** A region's names in Chinese characters, longest first. */
    private static List<String> hanNames(Region region) {
        List<String> names = new ArrayList<>();
        if (region.chineseName() != null) {
            names.add(region.chineseName());
        }
        region.aliases().stream().filter(alias -> alias.codePoints()
                .anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN)).forEach(names::add);
        names.sort((one, other) -> Integer.compare(other.length(), one.length()));
        return names;
    }

    /** The characters of a Chinese name found inside the text are named, not a topic: "粤港澳大湾区有哪些提案". */
    private static void coverHan(Set<Integer> named, List<String> words, List<String> names) {
        for (String name : names) {
            for (int at = 0; at < words.size(); at++) {
                StringBuilder run = new StringBuilder();
                int end = at;
                while (end < words.size() && run.length() < name.length()) {
                    run.append(words.get(end));
                    end++;
                }
                if (run.toString().equals(name)) {
                    cover(named, at, end);
                    return;
                }
            }
        }
    }

    private static List<String> unknown(List<String> elsewhere, List<String> capitalised) {
        List<String> names = new ArrayList<>(elsewhere);
        capitalised.stream().filter(name -> names.stream().noneMatch(name::contains)).forEach(names::add);
        return names;
    }

    private boolean known(Word word) {
        return vocabulary.knows(word) || lexicon.isCueWord(word.stem());
    }

    private List<Region> regions(List<String> nameForms, String text, Set<Integer> named) {
        List<NameIndex.Named<Region>> spans = new ArrayList<>(regionNames.spansIn(nameForms, text));
        spans.sort((one, other) -> Integer.compare(one.from(), other.from()));
        List<Region> regions = new ArrayList<>();
        for (NameIndex.Named<Region> span : spans) {
            cover(named, span.from(), span.to());
            if (!regions.contains(span.value())) {
                regions.add(span.value());
                // "粤港澳大湾区": the whole Chinese name is named, though a shorter alias (大湾区) matched first
                coverHan(named, nameForms, hanNames(span.value()));
            }
        }
        return regions;
    }

    private List<String> people(List<Word> words, List<String> nameForms, String text, Set<Integer> named,
                                List<String> elsewhere) {
        List<NameIndex.Named<String>> spans = new ArrayList<>(peopleNames.spansIn(nameForms, text));
        spans.sort((one, other) -> Integer.compare(one.from(), other.from()));
        List<String> people = new ArrayList<>();
        for (NameIndex.Named<String> span : spans) {
            if (span.from() >= 0 && overlaps(named, span.from(), span.to())) {
                continue;
            }
            if (span.from() >= 0 && surnameOfSomeoneElse(span.value(), words, span.from(), span.to())) {
                elsewhere.add(words.get(span.from()).typed() + " " + words.get(span.to()).typed());
                cover(named, span.from(), span.to() + 1);
                continue;
            }
            cover(named, span.from(), span.to());
            if (!people.contains(span.value())) {
                people.add(span.value());
            }
        }
        return people;
    }

    /**
     * "Liu He" is not Liu Gang: a surname alone names the one person of that surname only when no other given name
     * follows it. The next word is another given name when it is capitalised, or when it is no word of asking and
     * more than two typos from the person's own given name ("Liu Gnag" is still Liu Gang).
     */
    private boolean surnameOfSomeoneElse(String person, List<Word> words, int from, int to) {
        List<String> parts = NameIndex.words(person);
        if (parts.size() < 2 || to - from != 1 || to >= words.size()
                || !words.get(from).nameForm().equals(parts.get(0))) {
            return false;
        }
        Word next = words.get(to);
        if (next.capitalised() && !next.isHan()) {
            return !next.nameForm().equals(parts.get(1)) && TWO_TYPOS.apply(next.nameForm(), parts.get(1)) < 0;
        }
        boolean asking = lexicon.isCueWord(next.stem()) || Question.isLittleWord(next.lower()) || next.isNumber();
        return !asking && TWO_TYPOS.apply(next.nameForm(), parts.get(1)) < 0;
    }

    private void readNumbers(List<Word> words, String text, List<Integer> numbers, List<Integer> ordinals,
                             List<Integer> years, Set<Integer> named) {
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at).lower();
            Integer ordinal = ordinal(word);
            if (ordinal != null) {
                ordinals.add(ordinal);
                named.add(at);
                continue;
            }
            Integer number = number(word);
            if (number == null) {
                continue;
            }
            named.add(at);
            boolean marked = at > 0 && NUMBER_MARKS.contains(words.get(at - 1).lower());
            if (word.length() == 4 && number >= 1900 && number <= 2099 && !marked) {
                years.add(number);
            } else if (marked) {
                ordinals.add(number);
            } else {
                numbers.add(number);
            }
        }
        readHanNumbers(text, numbers, ordinals);
    }

    /** 第三 is third, 前五 the top five: a Chinese numeral after 第 is a place, after 前 a count. */
    private static void readHanNumbers(String text, List<Integer> numbers, List<Integer> ordinals) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char mark = text.charAt(i);
            Integer value = hanOrDigit(text, i + 1);
            if (value == null) {
                continue;
            }
            if (mark == '第') {
                ordinals.add(value);
            } else if (mark == '前') {
                numbers.add(value);
            }
        }
    }

    private static Integer hanOrDigit(String text, int at) {
        char c = text.charAt(at);
        if (c == '两') {
            return 2;
        }
        if (HAN_DIGITS.indexOf(c) > 0) {
            return HAN_DIGITS.indexOf(c);
        }
        int end = at;
        while (end < text.length() && end - at < 3 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end > at ? Integer.parseInt(text.substring(at, end)) : null;
    }

    private static Integer ordinal(String word) {
        if (ORDINAL_WORDS.containsKey(word)) {
            return ORDINAL_WORDS.get(word);
        }
        if (word.length() >= 3 && word.length() <= 5 && Character.isDigit(word.charAt(0))) {
            String suffix = word.replaceAll("^\\d+", "");
            if (Set.of("st", "nd", "rd", "th").contains(suffix)) {
                return Integer.parseInt(word.substring(0, word.length() - 2));
            }
        }
        return null;
    }

    private static Integer number(String word) {
        if (NUMBER_WORDS.containsKey(word)) {
            return NUMBER_WORDS.get(word);
        }
        if (!word.isEmpty() && word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return null;
    }

    /** Briefs the question names by their publisher: "what did the Global Times say?". */
    private List<Brief> briefsNamed(String text) {
        String lower = " " + String.join(" ", NameIndex.words(text)) + " ";
        List<Brief> named = new ArrayList<>();
        publishers.forEach((publisher, briefs) -> {
            if (lower.contains(" " + publisher + " ")) {
                named.addAll(briefs);
            }
        });
        return named;
    }

    /** Each publisher's name as the question's words read it, with its briefs: read once, not per question. */
    private static Map<String, List<Brief>> publishers(Facts facts) {
        Map<String, List<Brief>> publishers = new java.util.LinkedHashMap<>();
        for (Brief brief : facts.library().briefs()) {
            String publisher = brief.publisher() == null ? "" : String.join(" ", NameIndex.words(brief.publisher()));
            if (!publisher.isEmpty()) {
                publishers.computeIfAbsent(publisher, key -> new ArrayList<>()).add(brief);
            }
        }
        return publishers;
    }

    /**
     * Capitalised words in a row that neither the library nor the cues use, and that name no region or person:
     * "Baidu", "Robin Li". The first word of a question is capitalised anyway: it counts only when a name follows
     * it or it stands alone.
     */
    private List<String> unknownNames(List<Word> words, Set<Integer> named, List<Lexicon.Found> cues) {
        Set<Integer> cueWords = new HashSet<>();
        cues.forEach(found -> {
            for (int at = Math.max(0, found.from()); at < found.to(); at++) {
                cueWords.add(at);
            }
        });
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int end = at;
            while (end < words.size() && words.get(end).capitalised() && !words.get(end).isHan()
                    && !named.contains(end) && !cueWords.contains(end)) {
                end++;
            }
            if (end > at) {
                List<Word> run = words.subList(at, end);
                boolean opening = at == 0 && run.size() == 1 && words.size() > 1;
                if (!opening && run.stream().anyMatch(word -> !known(word))) {
                    names.add(String.join(" ", run.stream().map(Word::typed).toList()));
                }
                at = end;
            } else {
                at++;
            }
        }
        return names;
    }

    private static boolean yesNo(List<Word> words, List<Lexicon.Found> cues) {
        if (cues.stream().anyMatch(found -> found.cue() == Cue.YES_NO_END)) {
            return true;
        }
        return !words.isEmpty() && YES_NO_OPENERS.contains(words.get(0).lower().replace('’', '\''));
    }

    private static Question.Language language(String text) {
        boolean han = text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point)
                == Character.UnicodeScript.HAN);
        boolean latin = text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point)
                == Character.UnicodeScript.LATIN);
        return han ? latin ? Question.Language.MIXED : Question.Language.CHINESE : Question.Language.ENGLISH;
    }

    private static boolean overlaps(Set<Integer> named, int from, int to) {
        for (int at = from; at < to; at++) {
            if (named.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIn(Set<Integer> named, int from, int to) {
        for (int at = from; at < to; at++) {
            if (!named.contains(at)) {
                return false;
            }
        }
        return true;
    }

    private static void cover(Set<Integer> named, int from, int to) {
        for (int at = Math.max(0, from); at < to; at++) {
            named.add(at);
        }
    }

}
