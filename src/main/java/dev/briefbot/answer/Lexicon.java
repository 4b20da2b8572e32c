package dev.briefbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The cue words of {@code intents.yaml} and where a question uses them. Phrases compare by stems, in a row; phrases in
 * Chinese characters match character by character, as the tokenizer reads Chinese; a word of five letters or more that is no word of the library also
 * matches a one-word cue one typo away, so "sumary" asks for a summary.
 */
final class Lexicon {

    static final String RESOURCE = "/dev/briefbot/answer/intents.yaml";
    private static final int SHORTEST_TYPO = 5;
    private static final LevenshteinDistance ONE_TYPO = new LevenshteinDistance(1);

    /** One cue phrase: its stems in a row. */
    private record Phrase(Cue cue, List<String> stems) {
    }

    /** Where a cue was found: the words it covers, {@code from} inclusive, {@code to} exclusive. */
    record Found(Cue cue, int from, int to) {
    }

    private static final Lexicon DEFAULT = read();

    // phrases by their first stem, longest first, so "how many" is tried before "how"
    private final Map<String, List<Phrase>> phrasesByFirstStem;
    // one-word cues of five letters or more, by every form with one letter deleted: a typo's candidates in a look-up
    private final Map<String, List<Phrase>> byDeletion;
    private final Map<String, List<String>> examples;
    // phrases that are one thing ("artificial intelligence" is "ai"), as stems, with the stem they read as
    private final List<Map.Entry<List<String>, String>> same = new ArrayList<>();

    private Lexicon(Map<Cue, List<String>> cues, Map<String, List<String>> examples, List<List<String>> sameWords) {
        this.phrasesByFirstStem = new HashMap<>();
        this.byDeletion = new HashMap<>();
        cues.forEach((cue, phrases) -> phrases.forEach(phrase -> add(cue, phrase)));
        phrasesByFirstStem.values().forEach(list -> list.sort((one, other) ->
                Integer.compare(other.stems().size(), one.stems().size())));
        this.examples = examples;
        for (List<String> group : sameWords) {
            String canonical = String.join(" ", Word.of(group.get(0)).stream().map(Word::stem).toList());
            group.forEach(phrase -> same.add(Map.entry(Word.of(phrase).stream().map(Word::stem).toList(), canonical)));
        }
        same.sort((one, other) -> Integer.compare(other.getKey().size(), one.getKey().size()));
    }

    /** The stems of the words, a phrase of {@code same} read as the one it means: "artificial intelligence" is "ai". */
    List<String> stems(List<Word> words) {
        List<String> stems = new ArrayList<>(words.size());
        int at = 0;
        while (at < words.size()) {
            int matched = 0;
            for (Map.Entry<List<String>, String> phrase : same) {
                List<String> wanted = phrase.getKey();
                if (!wanted.isEmpty() && at + wanted.size() <= words.size() && matchesStems(wanted, words, at)) {
                    stems.add(phrase.getValue());
                    matched = wanted.size();
                    break;
                }
            }
            if (matched == 0) {
                stems.add(words.get(at).stem());
                at++;
            } else {
                at += matched;
            }
        }
        return stems;
    }

    private static boolean matchesStems(List<String> wanted, List<Word> words, int at) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!words.get(at + i).stem().equals(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    static Lexicon get() {
        return DEFAULT;
    }

    /** The phrasings {@code intents.yaml} gives for each intent, by intent name. */
    Map<String, List<String>> examples() {
        return examples;
    }

    /**
     * The cues of a question, each with the words it covers. {@code known} says whether a word is one the library or
     * the cues use: only other words are read as typos of a cue.
     */
    List<Found> find(List<Word> words, Predicate<Word> known) {
        List<Found> found = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            Word word = words.get(at);
            boolean matched = false;
            for (Phrase phrase : phrasesByFirstStem.getOrDefault(word.stem(), List.of())) {
                if (matches(phrase, words, at) && (!phrase.cue().leading() || at == 0)) {
                    found.add(new Found(phrase.cue(), at, at + phrase.stems().size()));
                    matched = true;
                }
            }
            if (!matched && word.lower().length() >= SHORTEST_TYPO && !known.test(word)) {
                int position = at;
                typoOf(word.lower()).forEach(cue -> found.add(new Found(cue, position, position + 1)));
            }
        }
        return found;
    }

    /** Whether the word is one of the cues' own words: never a typo, and never a topic. */
    boolean isCueWord(String stem) {
        return phrasesByFirstStem.containsKey(stem);
    }

    private Set<Cue> typoOf(String word) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        for (String form : withOneDeleted(word, true)) {
            for (Phrase phrase : byDeletion.getOrDefault(form, List.of())) {
                String cueWord = phrase.stems().get(0);
                if (ONE_TYPO.apply(word, cueWord) >= 0 || ONE_TYPO.apply(stemOf(word), cueWord) >= 0) {
                    cues.add(phrase.cue());
                }
            }
        }
        return cues;
    }

    private static boolean matches(Phrase phrase, List<Word> words, int at) {
        if (at + phrase.stems().size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.stems().size(); i++) {
            if (!words.get(at + i).stem().equals(phrase.stems().get(i))) {
                return false;
            }
        }
        return true;
    }

    private void add(Cue cue, String phrase) {
        // a Chinese phrase is one word a character, as the standard tokenizer reads Chinese: matched in a row too
        List<String> stems = Word.of(phrase).stream().map(Word::stem).toList();
        if (stems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": the cue phrase '" + phrase + "' of " + cue.key()
                    + " has no words");
        }
        Phrase made = new Phrase(cue, stems);
        phrasesByFirstStem.computeIfAbsent(stems.get(0), ignored -> new ArrayList<>()).add(made);
        if (stems.size() == 1 && stems.get(0).length() >= SHORTEST_TYPO) {
            withOneDeleted(stems.get(0), true).forEach(form ->
                    byDeletion.computeIfAbsent(form, ignored -> new ArrayList<>()).add(made));
        }
    }

    private static String stemOf(String word) {
        List<Word> words = Word.of(word);
        return words.isEmpty() ? word : words.get(0).stem();
    }

    /** The word with each one of its letters deleted, and the word itself: one typo apart share one of these. */
    private static List<String> withOneDeleted(String word, boolean withWord) {
        List<String> forms = new ArrayList<>(word.length() + 1);
        if (withWord) {
            forms.add(word);
        }
        for (int i = 0; i < word.length(); i++) {
            forms.add(word.substring(0, i) + word.substring(i + 1));
        }
        return forms;
    }

    private static Lexicon read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> file = new YAMLMapper().readValue(in, new TypeReference<>() { });
            Map<Cue, List<String>> cues = new EnumMap<>(Cue.class);
            Map<String, List<Object>> phrases = cast(file.get("cues"));
            for (Cue cue : Cue.values()) {
                List<Object> words = phrases.remove(cue.key());
                if (words == null) {
                    throw new IllegalStateException(RESOURCE + ": the cue " + cue.key() + " has no phrases");
                }
                cues.put(cue, words.stream().map(word -> phrase(cue, word)).toList());
            }
            if (!phrases.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": unknown cues " + phrases.keySet());
            }
            Map<String, List<String>> examples = new LinkedHashMap<>();
            Map<String, Map<String, List<String>>> intents = cast(file.getOrDefault("intents", Map.of()));
            intents.forEach((intent, entry) -> examples.put(intent, List.copyOf(entry.getOrDefault("examples",
                    List.of()))));
            List<List<String>> sameWords = new ArrayList<>();
            List<List<Object>> groups = cast(file.getOrDefault("same", List.of()));
            groups.forEach(group -> sameWords.add(group.stream().map(word -> phrase(Cue.ASKING, word)).toList()));
            return new Lexicon(cues, examples, sameWords);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    private static String phrase(Cue cue, Object word) {
        if (!(word instanceof String text)) {
            throw new IllegalStateException(RESOURCE + ": the cue " + cue.key() + " has '" + word
                    + "', which YAML read as no text; quote it");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) (value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value);
    }
}
