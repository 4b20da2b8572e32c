package dev.briefbot.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The problems found in one file, and the checks every file shares. An operator fixing a seed wants them all at
 * once rather than one per restart, so checks add here and the file is refused once, with every problem (up to
 * {@value #SHOWN}) in one message.
 */
final class Problems {

    static final int SHOWN = 10;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(Object file) {
        this.file = String.valueOf(file);
    }

    /** How an entry is named in a message: by its id, or by its place in the list where it has none. */
    static String entry(String noun, String id, int index) {
        return isBlank(id) ? noun + " " + (index + 1) : noun + " '" + id + "'";
    }

    /** @param entry what the problem is in, e.g. {@code proposal 'wu-wenyan-robots'}; empty for the whole file */
    void add(String entry, String problem) {
        found.add(Problem.of(file, entry, problem));
    }

    String requireText(String entry, String key, String value) {
        if (isBlank(value)) {
            add(entry, "'" + key + "' is missing or empty; add it");
            return null;
        }
        return value.strip();
    }

    /** A list that must hold at least one value, none of them blank. */
    List<String> requireTexts(String entry, String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            add(entry, "'" + key + "' is missing or empty; add at least one");
            return List.of();
        }
        return texts(entry, key, values);
    }

    /** A list that may be left out or empty, none of its values blank. */
    List<String> texts(String entry, String key, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (isBlank(values.get(i))) {
                add(entry, "'" + key + "' value " + (i + 1) + " is empty; remove it or fill it in");
            } else {
                texts.add(values.get(i).strip());
            }
        }
        return texts;
    }

    void checkId(String entry, String id) {
        if (isBlank(id)) {
            add(entry, "'id' is missing; add one of lowercase letters, digits and hyphens");
        } else if (!ID.matcher(id).matches()) {
            add(entry, "id '" + id + "' must be lowercase letters, digits and hyphens, e.g. '" + slug(id) + "'");
        }
    }

    /** Ids must be unique within their list; each repeat is named with the places it occupies. */
    <T> void checkUniqueIds(String noun, List<T> items, Function<T, String> id) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemId = id.apply(items.get(i));
            if (isBlank(itemId)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(itemId, i);
            if (earlier != null) {
                add(noun + " '" + itemId + "'", "the id is used twice (" + noun + " " + (earlier + 1) + " and "
                        + (i + 1) + " of the list); give each " + noun + " its own id");
            }
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new LibraryException(found, message(file, found), null);
        }
    }

    /** " (did you mean 'shenzhen'?)" when one of the known values is a likely typo of the given one, else "". */
    static String didYouMean(String wrong, Collection<String> known) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt(candidate -> DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT))))
                .map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse("");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String slug(String id) {
        return id.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Every problem of one file in one message: one line for one problem, else a list of up to {@value #SHOWN}. */
    static String message(String file, List<Problem> found) {
        if (found.size() == 1) {
            return file + ": " + found.get(0).inFile();
        }
        StringBuilder message = new StringBuilder(file).append(": ").append(found.size()).append(" problems:");
        found.stream().limit(SHOWN).forEach(problem -> message.append("\n  - ").append(problem.inFile()));
        if (found.size() > SHOWN) {
            message.append("\n  - … and ").append(found.size() - SHOWN).append(" more");
        }
        return message.toString();
    }
}
