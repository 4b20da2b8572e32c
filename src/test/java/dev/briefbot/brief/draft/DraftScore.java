package dev.briefbot.brief.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Published;

/**
 * How a draft compares with a brief's curated YAML: people found (precision, recall, by name), proposals and
 * statements attributed to the right person (a curated one counts when a drafted one by the same person shares a
 * quote with it), and the publication date. The draft is loaded as the service loads a brief, so a draft that fails
 * the checks fails here.
 */
record DraftScore(String brief, int goldPeople, int draftPeople, int peopleFound, int goldProposals,
                  int draftProposals, int proposalsAttributed, int draftProposalsRight, boolean dateRight) {

    static DraftScore of(Path goldSeeds, String id, Path config, Path emptyFolder) {
        Library gold = new LibraryLoader(setAside -> { }).load(goldSeeds, config);
        Brief curated = only(gold, id);
        Path seeds = emptyFolder.resolve("seeds");
        try {
            Files.createDirectories(seeds);
            String text = Files.readString(goldSeeds.resolve(id + ".txt"));
            Files.writeString(seeds.resolve(id + ".txt"), text);
            Files.writeString(seeds.resolve(id + ".yaml"), Draft.yaml(id, text, Gazetteer.read(config)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Library loaded = new LibraryLoader(setAside -> {
            throw new AssertionError("the draft of " + id + " fails the checks: " + setAside.reason());
        }).load(seeds, config);
        Brief drafted = only(loaded, id);
        Set<String> goldNames = names(curated);
        Set<String> draftNames = names(drafted);
        int found = (int) draftNames.stream().filter(goldNames::contains).count();
        int attributed = (int) curated.proposals().stream().filter(g -> matched(g, curated, drafted)).count();
        int right = (int) drafted.proposals().stream().filter(d -> matched(d, drafted, curated)).count();
        return new DraftScore(id, goldNames.size(), draftNames.size(), found, curated.proposals().size(),
                drafted.proposals().size(), attributed, right, sameDate(curated.published(), drafted.published()));
    }

    /**
     * The same day, and the same time where the draft reads one: a curated {@code T00:00} for a page that prints a
     * date only (the format required a time until it took a date alone) matches a draft's date alone.
     */
    private static boolean sameDate(Published curated, Published drafted) {
        return curated.date().equals(drafted.date())
                && drafted.time().map(time -> curated.time().filter(time::equals).isPresent()).orElse(true);
    }

    double peoplePrecision() {
        return ratio(peopleFound, draftPeople);
    }

    double peopleRecall() {
        return ratio(peopleFound, goldPeople);
    }

    double proposalRecall() {
        return ratio(proposalsAttributed, goldProposals);
    }

    double proposalPrecision() {
        return ratio(draftProposalsRight, draftProposals);
    }

    String line() {
        return String.format(Locale.ROOT, "%-45s people P %.2f R %.2f (%d/%d found, %d drafted) · proposals R %.2f "
                        + "(%d/%d) P %.2f (%d/%d) · date %s", brief, peoplePrecision(), peopleRecall(), peopleFound,
                goldPeople, draftPeople, proposalRecall(), proposalsAttributed, goldProposals, proposalPrecision(),
                draftProposalsRight, draftProposals, dateRight ? "right" : "WRONG");
    }

    /** The sum of several briefs' counts, scored as one. */
    static DraftScore total(String name, List<DraftScore> scores) {
        return new DraftScore(name, scores.stream().mapToInt(DraftScore::goldPeople).sum(),
                scores.stream().mapToInt(DraftScore::draftPeople).sum(),
                scores.stream().mapToInt(DraftScore::peopleFound).sum(),
                scores.stream().mapToInt(DraftScore::goldProposals).sum(),
                scores.stream().mapToInt(DraftScore::draftProposals).sum(),
                scores.stream().mapToInt(DraftScore::proposalsAttributed).sum(),
                scores.stream().mapToInt(DraftScore::draftProposalsRight).sum(),
                scores.stream().allMatch(DraftScore::dateRight));
    }

    // one of `one`'s proposals is matched when `other` has one by the same person sharing a quote
    private static boolean matched(Proposal proposal, Brief one, Brief other) {
        String person = name(one.person(proposal.person()));
        return other.proposals().stream()
                .filter(candidate -> name(other.person(candidate.person())).equals(person))
                .anyMatch(candidate -> shareAQuote(proposal.quotes(), candidate.quotes()));
    }

    private static boolean shareAQuote(List<String> some, List<String> others) {
        return some.stream().map(DraftScore::plain).anyMatch(quote -> others.stream().map(DraftScore::plain)
                .anyMatch(other -> quote.contains(other) || other.contains(quote)));
    }

    private static Set<String> names(Brief brief) {
        return brief.people().stream().map(DraftScore::name).collect(Collectors.toSet());
    }

    private static String name(Person person) {
        return plain(person.name());
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[’']", "'").replaceAll("[\\s\\h]+", " ").strip();
    }

    private static Brief only(Library library, String id) {
        return library.briefs().stream().filter(brief -> brief.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("brief " + id + " did not load"));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
