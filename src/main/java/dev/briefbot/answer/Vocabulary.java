package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Region;

/**
 * Every word the library uses (the briefs' texts and facts, the gazetteer; apart, the synonym rules), lower case and
 * as stems: a capitalised word that none of the briefs uses is a name they never mention ("Baidu", "ChatGPT"). A word
 * one typo from a library word of five letters or more (two for eight or more) counts as that word, so "Educaton" is
 * no name.
 */
final class Vocabulary {

    private static final int SHORTEST_TYPO = 5;
    private static final int LONGEST_ONE_TYPO = 7;
    private static final int SHORTEST_PREFIX = 4;

    private final Set<String> words = new HashSet<>();
    // the same words sorted, for "West" in "Western": a word that begins one of the library's is no new name
    private final java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
    // the words of the synonym rules, which the search understands but the briefs do not use: "schools", "GPT"
    private final Set<String> synonyms = new HashSet<>();
    // library words of five letters or more by every form with one letter deleted
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    Vocabulary(Facts facts) {
        facts.library().briefs().forEach(this::addBrief);
        facts.gazetteer().regions().forEach(this::addRegion);
        words.forEach(this::indexTypos);
        sorted.addAll(words);
        addText(facts.library().synonyms(), synonyms);
    }

    /** A word the briefs or the synonym rules use, by its lower case or its stem, or one typo from one. */
    boolean knows(Word word) {
        return mentions(word) || synonyms.contains(word.lower()) || synonyms.contains(word.stem());
    }

    /** A word the briefs themselves use (the synonym rules left out), or one typo from one: "Baidu" is none. */
    boolean mentions(Word word) {
        if (words.contains(word.lower()) || words.contains(word.stem()) || word.isNumber() || word.isHan()) {
            return true;
        }
        return beginsALibraryWord(word.lower()) || isTypoOfKnown(word.lower());
    }

    private boolean beginsALibraryWord(String word) {
        if (word.length() < SHORTEST_PREFIX) {
            return false;
        }
        String next = sorted.ceiling(word);
        return next != null && next.startsWith(word);
    }

    private boolean isTypoOfKnown(String word) {
        if (word.length() < SHORTEST_TYPO) {
            return false;
        }
        int typos = word.length() > LONGEST_ONE_TYPO ? 2 : 1;
        LevenshteinDistance distance = new LevenshteinDistance(typos);
        for (String form : deletions(word)) {
            for (String known : byDeletion.getOrDefault(form, List.of())) {
                if (distance.apply(word, known) >= 0) {
                    return true;
                }
            }
        }
        return typos == 2 && twoDeletionsMatch(word, distance);
    }

    // a word two typos away shares a form with two letters deleted; looked up only for long unknown words
    private boolean twoDeletionsMatch(String word, LevenshteinDistance distance) {
        for (String once : deletions(word)) {
            for (String twice : deletions(once)) {
                for (String known : byDeletion.getOrDefault(twice, List.of())) {
                    if (distance.apply(word, known) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void addBrief(Brief brief) {
        addText(brief.text());
        addText(brief.title());
        addText(brief.subtitle());
        addText(brief.publisher());
        addText(brief.section());
        brief.people().forEach(person -> {
            addText(person.name());
            addText(person.organisation());
            person.roles().forEach(this::addText);
        });
        brief.proposals().forEach(proposal -> {
            addText(proposal.summary());
            proposal.topics().forEach(this::addText);
        });
        brief.rankings().forEach(ranking -> addText(ranking.name()));
        brief.context().forEach(entry -> addText(entry.summary()));
    }

    private void addRegion(Region region) {
        Stream.concat(Stream.of(region.id(), region.name()), region.aliases().stream()).forEach(this::addText);
    }

    private void addText(String text) {
        addText(text, words);
    }

    private static void addText(String text, Set<String> into) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Word word : Word.of(text)) {
            into.add(word.lower());
            into.add(word.stem());
            into.add(word.nameForm());
        }
    }

    private void indexTypos(String word) {
        if (word.length() >= SHORTEST_TYPO) {
            deletions(word).forEach(form -> byDeletion.computeIfAbsent(form, ignored -> new ArrayList<>()).add(word));
        }
    }

    /** The word itself and the word with each one of its letters deleted. */
    private static List<String> deletions(String word) {
        List<String> forms = new ArrayList<>(word.length() + 1);
        forms.add(word);
        for (int i = 0; i < word.length(); i++) {
            forms.add(word.substring(0, i) + word.substring(i + 1));
        }
        return forms;
    }
}
