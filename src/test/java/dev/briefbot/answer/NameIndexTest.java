package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

import dev.briefbot.brief.Library;
import dev.briefbot.brief.Region;

/** The typo search finds exactly what comparing the typed name with every name would find, only faster. */
class NameIndexTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;
    private static final String LETTERS = "aeinoushzgx";

    private final NameIndex<String> index = new NameIndex<>(UnaryOperator.identity(), 4, 4);
    private final EveryName everyName = new EveryName();

    NameIndexTest() {
        for (Region region : LIBRARY.gazetteer().regions()) {
            List<String> names = new ArrayList<>(List.of(region.id(), region.name()));
            names.addAll(region.aliases());
            names.forEach(name -> {
                index.add(name, region.id());
                everyName.add(name, region.id());
            });
        }
    }

    @Test
    void shouldForgiveEveryTypoThatComparingWithEveryNameForgives() {
        List<String> typed = typosOfEveryRegionName();

        typed.forEach(name -> assertThat(index.match(name)).as(name).isEqualTo(everyName.match(name)));
        assertThat(typed).hasSizeGreaterThan(5_000);
    }

    @Test
    void shouldFindATypoInsideASentenceAsComparingWithEveryNameDoes() {
        List<String> typed = typosOfEveryRegionName().stream()
                .filter(name -> name.length() >= 6 && name.chars().allMatch(Character::isLetter))
                .toList();

        typed.forEach(name -> assertThat(index.findIn("what about " + name + " lately?"))
                .as(name).isEqualTo(everyName.findAlone(name)));
        assertThat(typed).hasSizeGreaterThan(5_000);
    }

    @Test
    void shouldReadOnlyTheFirstSixtyWordsOfAPastedText() {
        String pasted = "Shenzhen " + "and some more words about nothing in particular ".repeat(700) + " Sichuan";

        assertThat(pasted).hasSizeGreaterThan(5_000);
        assertThat(index.findIn(pasted)).containsExactly("shenzhen");
    }

    private static List<String> typosOfEveryRegionName() {
        List<String> typed = new ArrayList<>();
        for (Region region : LIBRARY.gazetteer().regions()) {
            String name = region.name().toLowerCase().replace(" ", "");
            for (int at = 0; at < name.length(); at++) {
                typed.add(name.substring(0, at) + name.substring(at + 1));
                for (char letter : LETTERS.toCharArray()) {
                    typed.add(name.substring(0, at) + letter + name.substring(at + 1));
                    typed.add(name.substring(0, at) + letter + name.substring(at));
                }
                if (at + 2 < name.length()) {
                    typed.add(name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2));
                    typed.add(name.substring(0, at) + "x" + name.substring(at + 2));
                }
            }
        }
        return typed;
    }

    /** The search before the index: every typed name measured against every name, for reference. */
    private static final class EveryName {

        private final Map<String, Set<String>> byKey = new LinkedHashMap<>();

        void add(String name, String value) {
            byKey.computeIfAbsent(key(name), ignored -> new LinkedHashSet<>()).add(value);
        }

        NameMatch<String> match(String name) {
            String key = key(name);
            if (byKey.containsKey(key)) {
                return NameMatch.exactly(List.copyOf(byKey.get(key)));
            }
            return key.length() < 4 ? NameMatch.none()
                    : closest(key, 0.88, Math.max(1, Math.min(3, (key.length() + 1) / 4)));
        }

        // a lone word of six letters or more inside a sentence: exact, or one confident typo
        List<String> findAlone(String name) {
            String key = key(name);
            if (byKey.containsKey(key)) {
                return byKey.get(key).size() == 1 ? List.copyOf(byKey.get(key)) : List.of();
            }
            return closest(key, 0.93, 1).confident().map(List::of).orElse(List.of());
        }

        private NameMatch<String> closest(String key, double similar, int maxEdits) {
            Map<String, int[]> edits = new LinkedHashMap<>();
            Map<String, Double> scores = new LinkedHashMap<>();
            byKey.forEach((name, values) -> {
                int distance = new LevenshteinDistance(maxEdits).apply(key, name);
                double score = new JaroWinklerSimilarity().apply(key, name);
                if (distance >= 0 && score >= similar) {
                    values.forEach(value -> {
                        if (!edits.containsKey(value) || distance < edits.get(value)[0]
                                || distance == edits.get(value)[0] && score > scores.get(value)) {
                            edits.put(value, new int[] {distance});
                            scores.put(value, score);
                        }
                    });
                }
            });
            int fewest = edits.values().stream().mapToInt(count -> count[0]).min().orElse(Integer.MAX_VALUE);
            return new NameMatch<>(edits.keySet().stream().filter(value -> edits.get(value)[0] == fewest)
                    .sorted(Comparator.comparing((String value) -> -scores.get(value)))
                    .toList(), fewest);
        }

        private static String key(String name) {
            return String.join("", NameIndex.words(name));
        }
    }
}
