package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Region;

/**
 * A question as BriefBot reads it, once: every later step reads this record and never the text again.
 *
 * @param text         the question as asked (at most its first 60 words), whitespace trimmed
 * @param words        its words, as Lucene's standard tokenizer reads them
 * @param language     English, Chinese, or both
 * @param cues         what the words say is asked (see {@code intents.yaml}), with the words each covers
 * @param regions      the regions it names, in reading order
 * @param people       the people it names, as the briefs spell them, in reading order
 * @param briefs       the briefs it names by their publisher ("the Global Times piece")
 * @param numbers      cardinal numbers, as digits or words: "top five" gives 5
 * @param ordinals     places: "3rd", "third", "number 3", "第三"
 * @param years        years from 1900 to 2099, which filter the briefs
 * @param unknownNames capitalised names that nothing in the library mentions ("Baidu", "Robin Li")
 * @param yesNo        whether it asks yes or no ("does Anhui make the top five?", "…吗？")
 * @param context      what the previous answer in this chat was about, when the question may follow up on it
 */
record Question(String text, List<Word> words, Language language, List<Lexicon.Found> cues, List<Region> regions,
                List<String> people, List<Brief> briefs, List<Integer> numbers, List<Integer> ordinals,
                List<Integer> years, List<String> unknownNames, boolean yesNo, Optional<Subject> context,
                Set<Integer> named) {

    enum Language { ENGLISH, CHINESE, MIXED }

    private static final org.apache.lucene.analysis.CharArraySet LITTLE_WORDS =
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    Question {
        words = List.copyOf(words);
        cues = List.copyOf(cues);
        regions = List.copyOf(regions);
        people = List.copyOf(people);
        briefs = List.copyOf(briefs);
        numbers = List.copyOf(numbers);
        ordinals = List.copyOf(ordinals);
        years = List.copyOf(years);
        unknownNames = List.copyOf(unknownNames);
        named = Set.copyOf(named);
    }

    static boolean isLittleWord(String lower) {
        return LITTLE_WORDS.contains(lower);
    }

    /** Whether the question asks about a topic beyond the domain's own words: "AI" alone is none. */
    boolean hasContent() {
        return !specificContent().isEmpty();
    }

    /** The content words beyond the domain's own ("robots" of "AI robots"), as typed: a topic to look up as it is. */
    List<String> specificContent() {
        boolean[] generic = new boolean[words.size()];
        cues.stream().filter(found -> found.cue() == Cue.GENERIC).forEach(found -> {
            for (int at = Math.max(0, found.from()); at < found.to(); at++) {
                generic[at] = true;
            }
        });
        return content().stream().filter(word -> !generic[words.indexOf(word)]).map(Word::typed).toList();
    }

    /** Whether it names any topic at all, the domain's own words included: "who talked about AI?". */
    boolean hasAnyContent() {
        return !content().isEmpty();
    }

    boolean has(Cue cue) {
        return cues.stream().anyMatch(found -> found.cue() == cue);
    }

    boolean hasAll(Cue... all) {
        for (Cue cue : all) {
            if (!has(cue)) {
                return false;
            }
        }
        return true;
    }

    boolean hasAny(Cue... any) {
        for (Cue cue : any) {
            if (has(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue stands right before a name: "from" in "the guy from 360" introduces who, it asks no place. */
    boolean introducesName(Cue cue) {
        return cues.stream().anyMatch(found -> found.cue() == cue && found.to() > 0 && found.to() < words.size()
                && named.contains(found.to()));
    }

    Set<Cue> cueSet() {
        Set<Cue> set = EnumSet.noneOf(Cue.class);
        cues.forEach(found -> set.add(found.cue()));
        return set;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The words no cue, name or number covers, lower case, in order: what the question is about beyond what it
     * asks ("robots" in "how many proposals mention robots?").
     */
    List<Word> rest() {
        boolean[] covered = new boolean[words.size()];
        for (Lexicon.Found found : cues) {
            // the domain's own words (AI) are a topic, however broad: they stay
            if (found.cue() == Cue.GENERIC) {
                continue;
            }
            for (int at = Math.max(0, found.from()); at < found.to(); at++) {
                covered[at] = true;
            }
        }
        named.forEach(at -> covered[at] = true);
        List<Word> rest = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            if (!covered[at]) {
                rest.add(words.get(at));
            }
        }
        return rest;
    }

    /** The rest without little words ("the", "of"): the topic a question asks about, if any. */
    List<Word> content() {
        return rest().stream().filter(word -> !LITTLE_WORDS.contains(word.lower())).toList();
    }

    /** The content words as typed, for a search or a headline: "robots", "elderly care". */
    String contentText() {
        return content().stream().map(Word::typed).collect(Collectors.joining(" "));
    }

    /**
     * What the search reads: the words no cue covers, names and numbers kept ("Xu Li large models" of "what did Xu Li
     * say about large models?"), little words dropped.
     */
    String searchText() {
        boolean[] covered = new boolean[words.size()];
        for (Lexicon.Found found : cues) {
            for (int at = Math.max(0, found.from()); at < found.to() && found.cue() != Cue.GENERIC; at++) {
                covered[at] = true;
            }
        }
        StringBuilder kept = new StringBuilder();
        Word last = null;
        for (int at = 0; at < words.size(); at++) {
            Word word = words.get(at);
            if ((!covered[at] || named.contains(at)) && !LITTLE_WORDS.contains(word.lower())) {
                // Chinese characters that stood together stay together, for the segmenter
                boolean joined = last != null && last.isHan() && word.isHan() && last.end() == word.start();
                kept.append(kept.length() == 0 || joined ? "" : " ").append(word.typed());
                last = word;
            } else {
                last = null;
            }
        }
        return kept.toString();
    }

    String restText() {
        return rest().stream().map(Word::typed).collect(Collectors.joining(" "));
    }

    Question withRegions(List<Region> replaced) {
        return new Question(text, words, language, cues, replaced, people, briefs, numbers, ordinals, years,
                unknownNames, yesNo, context, named);
    }

    Question withPeople(List<String> replaced) {
        return new Question(text, words, language, cues, regions, replaced, briefs, numbers, ordinals, years,
                unknownNames, yesNo, context, named);
    }

    Question withoutContext() {
        return new Question(text, words, language, cues, regions, people, briefs, numbers, ordinals, years,
                unknownNames, yesNo, Optional.empty(), named);
    }
}
