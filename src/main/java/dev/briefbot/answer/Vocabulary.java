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
 * Every word the library uses (the briefs' texts and facts, the gazetteer, the synonym rules), lower case and as
 * stems: a capitalised word that is none of these is a name the briefs never mention ("Baidu"). A word one typo
 * from a library word of five letters or more (two for eight or more) counts as that word, so "Educaton" is no name.
 */
final class Vocabulary {

    private static final int SHORTEST_TYPO = 5;
    private static final int LONGEST_ONE_TYPO = 7;

    private final Set<String> words = new HashSet<>();
    // library words of five letters or more by every form with one letter deleted
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    Vocabulary(Facts facts) {
        facts.library().briefs().forEach(this::addBrief);
        facts.gazetteer().regions().forEach(this::addRegion);
        addText(facts.library().synonyms());
        words.forEach(this::indexTypos);
    }

    /** A word of the library, by its lower case or its stem, or one typo from one. */
    boolean knows(Word word) {
        if (words.contains(word.lower()) || words.contains(word.stem()) || word.isNumber() || word.isHan()) {
            return true;
        }
        return isTypoOfKnown(word.lower());
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
        if (text == null || text.isBlank()) {
            return;
        }
        for (Word word : Word.of(text)) {
            words.add(word.lower());
            words.add(word.stem());
            words.add(word.nameForm());
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
