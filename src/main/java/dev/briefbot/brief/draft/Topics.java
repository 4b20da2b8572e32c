package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.PlaceNames;

/**
 * A few topics for a passage, as noun phrases in the brief's own words: the runs of content words between stop
 * words, verbs and punctuation ("AI robots", "elderly care", "aging society"), without names of people or places,
 * longer and more often repeated phrases first.
 */
final class Topics {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int MOST = 3;
    // "-ing" words that qualify a noun rather than act: kept at the start of a phrase
    private static final Set<String> ING_ADJECTIVES = Set.of("aging", "ageing", "leading", "emerging", "existing",
            "growing", "rising", "cutting-edge", "manufacturing", "computing", "learning", "training", "planting",
            "engineering", "funding", "housing", "banking", "shipping", "mining", "farming", "marketing");
    // "-ly" words that are no adverbs
    private static final Set<String> LY_WORDS = Set.of("elderly", "early", "friendly", "daily", "weekly", "monthly",
            "yearly", "family", "supply", "assembly", "monopoly", "italy", "july", "anomaly", "rally", "ally",
            "quarterly", "costly", "lonely", "orderly", "holy", "jelly", "belly", "bully", "reply", "apply");
    private final Map<String, Integer> counts = new HashMap<>();
    private final PlaceNames places;
    private final List<Person> people;

    Topics(String body, PlaceNames places, List<Person> people) {
        this.places = places;
        this.people = people;
        for (String phrase : phrases(body)) {
            counts.merge(phrase.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    List<String> of(String content) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String phrase : phrases(content)) {
            found.putIfAbsent(phrase.toLowerCase(Locale.ROOT), phrase);
        }
        List<String> ranked = new ArrayList<>(found.values());
        ranked.sort(Comparator.comparingInt(this::score).reversed());
        List<String> chosen = new ArrayList<>();
        for (String phrase : ranked) {
            if (chosen.size() < MOST && chosen.stream().noneMatch(other -> overlaps(other, phrase))) {
                chosen.add(phrase);
            }
        }
        return chosen;
    }

    private int score(String phrase) {
        int words = phrase.split(" ").length;
        int length = words == 1 ? 1 : words <= 3 ? 4 : 2;
        return length * 10 + Math.min(5, counts.getOrDefault(phrase.toLowerCase(Locale.ROOT), 0));
    }

    private static boolean overlaps(String one, String other) {
        String a = one.toLowerCase(Locale.ROOT);
        String b = other.toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }

    private List<String> phrases(String text) {
        List<String> phrases = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int lastEnd = 0;
        while (word.find()) {
            String between = text.substring(lastEnd, word.start());
            if (!between.isBlank() && !between.equals(" ")) {
                flush(run, phrases);
            }
            String w = word.group();
            String base = w.replaceFirst("['’]s$", "");
            if (!base.equals(w) && places.isPlaceWord(base)) {
                w = base;
            }
            if (Words.isStop(w) || isVerbLike(w, run.isEmpty()) || isName(w) || w.chars().allMatch(Character::isDigit)) {
                flush(run, phrases);
            } else {
                run.add(w);
            }
            lastEnd = word.end();
        }
        flush(run, phrases);
        return phrases;
    }

    private void flush(List<String> run, List<String> phrases) {
        while (run.size() > 4) {
            run.remove(0);
        }
        if (!run.isEmpty()) {
            String phrase = String.join(" ", run);
            if ((phrase.length() > 3 || phrase.equals("AI")) && !places.isPlaceWord(phrase)) {
                phrases.add(phrase);
            }
            run.clear();
        }
    }

    private static boolean isVerbLike(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ly") && lower.length() > 4 && !LY_WORDS.contains(lower)) {
            return true;
        }
        return first && lower.endsWith("ing") && !ING_ADJECTIVES.contains(lower)
                || lower.endsWith("ed") && !lower.endsWith("eed") && lower.length() > 5 && first;
    }

    private boolean isName(String word) {
        if (places.isPlaceWord(word) || word.equalsIgnoreCase("China") || word.equalsIgnoreCase("Chinese")) {
            return !word.equalsIgnoreCase("Chinese");
        }
        return people.stream().anyMatch(person -> List.of(person.name.split(" ")).contains(word));
    }
}
