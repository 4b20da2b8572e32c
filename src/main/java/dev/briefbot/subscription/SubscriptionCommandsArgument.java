package dev.briefbot.subscription;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.briefbot.answer.Answers;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * What the argument of {@code /subscribe} or {@code /unsubscribe} names, read against the current briefs: a topic
 * they use, else a region as {@code /region} reads it (typos and Chinese names forgiven), else nothing, with what
 * the user may have meant. Also how a filter reads in a confirmation: "proposals about Shenzhen (深圳, Guangdong)".
 */
final class SubscriptionCommandsArgument {

    /** How long a topic must be for each typo forgiven, as for region names. */
    private static final int LETTERS_PER_TYPO = 4;
    private static final int MOST_GUESSES = 4;
    private static final Set<String> EVERYTHING = Set.of("all", "everything", "every brief", "all briefs");
    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "and", "the", "of", "on", "in", "for", "to");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    private final Answers answers;
    private final List<String> topics;

    SubscriptionCommandsArgument(Answers answers) {
        this.answers = answers;
        this.topics = answers.library().briefs().stream()
                .flatMap(brief -> brief.proposals().stream())
                .flatMap(proposal -> proposal.topics().stream())
                .distinct().toList();
    }

    /**
     * What the words name.
     *
     * @param filter  the filter they name; empty when they name nothing the briefs know
     * @param guesses when nothing is named for sure: the regions or topics the user may have meant, best first
     */
    record Reading(Optional<Filter> filter, List<String> guesses) {

        static Reading named(Filter filter) {
            return new Reading(Optional.of(filter), List.of());
        }

        static Reading unknown(List<String> guesses) {
            return new Reading(Optional.empty(), List.copyOf(guesses));
        }
    }

    /** Whether the words ask for everything: none at all, "all" or "everything". */
    static boolean meansEverything(String words) {
        String plain = plain(words);
        return plain.isEmpty() || EVERYTHING.contains(plain);
    }

    Reading read(String words) {
        if (meansEverything(words)) {
            return Reading.named(Filter.all());
        }
        Optional<String> topic = topics.stream().filter(known -> plain(known).equals(plain(words))).findFirst();
        if (topic.isPresent()) {
            return Reading.named(Filter.topic(topic.get()));
        }
        List<Region> regions = answers.regionsNamed(words);
        if (regions.size() == 1) {
            return Reading.named(Filter.region(regions.get(0).id()));
        }
        List<String> typos = topicsWithin(typosForgiven(words), words);
        if (regions.isEmpty() && typos.size() == 1) {
            return Reading.named(Filter.topic(typos.get(0)));
        }
        Set<String> guesses = new LinkedHashSet<>();
        regions.forEach(region -> guesses.add(region.name()));
        guesses.addAll(typos);
        guesses.addAll(topicsSharingAWord(words));
        return Reading.unknown(guesses.stream().limit(MOST_GUESSES).toList());
    }

    /** E.g. "Shenzhen (深圳, Guangdong)", "the topic “elderly care”", "every new brief". */
    String label(Filter filter) {
        return switch (filter.kind()) {
            case ALL -> "every new brief";
            case REGION -> region(filter.value());
            case TOPIC -> "the topic “" + filter.value() + "”";
        };
    }

    /** What the chat will hear, after "will hear": "when a new brief brings proposals about Shenzhen (…)". */
    String hears(Filter filter) {
        return switch (filter.kind()) {
            case ALL -> "about every new brief";
            case REGION -> "when a new brief brings proposals about " + region(filter.value());
            case TOPIC -> "when a new brief brings proposals on " + filter.value();
        };
    }

    /** How the filter is typed back, for a button: "Shenzhen", "elderly care", "" for every brief. */
    String typed(Filter filter) {
        return switch (filter.kind()) {
            case ALL -> "";
            case REGION -> gazetteer().find(filter.value()).map(Region::name).orElse(filter.value());
            case TOPIC -> filter.value();
        };
    }

    private String region(String id) {
        Optional<Region> found = gazetteer().find(id);
        if (found.isEmpty()) {
            // a region the gazetteer dropped since: still shown, by its id
            return id;
        }
        Region region = found.get();
        StringBuilder details = new StringBuilder();
        if (region.chineseName() != null && !region.chineseName().isBlank()) {
            details.append(region.chineseName());
        }
        gazetteer().provinceOf(region).filter(province -> !province.id().equals(region.id()))
                .ifPresent(province -> details.append(details.isEmpty() ? "" : ", ").append(province.name()));
        return details.isEmpty() ? region.name() : region.name() + " (" + details + ")";
    }

    private Gazetteer gazetteer() {
        return answers.library().gazetteer();
    }

    private List<String> topicsWithin(int edits, String words) {
        String typed = plain(words);
        return topics.stream()
                .filter(topic -> EDITS.apply(plain(topic), typed) <= edits)
                .sorted(Comparator.comparingInt(topic -> EDITS.apply(plain(topic), typed)))
                .toList();
    }

    private List<String> topicsSharingAWord(String words) {
        Set<String> typed = wordsOf(words);
        return topics.stream().filter(topic -> wordsOf(topic).stream().anyMatch(typed::contains)).toList();
    }

    private static Set<String> wordsOf(String text) {
        return SPACES.splitAsStream(plain(text)).filter(word -> !LITTLE_WORDS.contains(word))
                .collect(Collectors.toSet());
    }

    private static int typosForgiven(String words) {
        return plain(words).length() / LETTERS_PER_TYPO;
    }

    private static String plain(String words) {
        return SPACES.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
