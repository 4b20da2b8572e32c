package dev.briefbot.brief;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one brief, {@code <id>.yaml} beside {@code <id>.txt}, and checks it against its text and the gazetteer:
 * required values, unique ids, references that resolve, quotes that occur verbatim, complete rankings.
 */
final class BriefReader {

    private final Gazetteer gazetteer;
    private final Path regionsFile;

    BriefReader(Gazetteer gazetteer, Path regionsFile) {
        this.gazetteer = gazetteer;
        this.regionsFile = regionsFile;
    }

    Brief read(String id, Path factsFile, Path textFile) {
        RawBrief raw = YamlReader.read(factsFile, RawBrief.class);
        String text = readText(textFile);
        return new Check(factsFile, textFile, new PublishedText(text)).brief(id, raw, text);
    }

    private static String readText(Path textFile) {
        try {
            return Files.readString(textFile);
        } catch (CharacterCodingException e) {
            throw new LibraryException(textFile + ": is not UTF-8 text; save it as UTF-8.", e);
        } catch (IOException e) {
            throw new LibraryException(textFile + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** The checks of one brief, adding every problem they find to one {@link Problems} of its facts file. */
    private final class Check {

        private final Problems problems;
        private final Path textFile;
        private final PublishedText text;
        private Set<String> personIds = Set.of();

        Check(Path factsFile, Path textFile, PublishedText text) {
            this.problems = new Problems(factsFile);
            this.textFile = textFile;
            this.text = text;
        }

        Brief brief(String id, RawBrief raw, String fullText) {
            String title = problems.requireText("", "title", raw.title());
            String publisher = problems.requireText("", "publisher", raw.publisher());
            Published published = published(raw.published());
            List<RawPerson> rawPeople = orEmpty(raw.people());
            personIds = rawPeople.stream().filter(Objects::nonNull).map(RawPerson::id)
                    .filter(person -> !Problems.isBlank(person)).collect(Collectors.toSet());
            List<Person> people = each(rawPeople, "person", RawPerson::id, this::person);
            List<Proposal> proposals = each(orEmpty(raw.proposals()), "proposal", RawProposal::id, this::proposal);
            List<Ranking> rankings = each(orEmpty(raw.rankings()), "ranking", RawRanking::id, this::ranking);
            List<RegionContext> context = each(orEmpty(raw.context()), "context", RawContext::id, this::context);
            problems.throwIfAny();
            return new Brief(id, title, strippedOrNull(raw.subtitle()), publisher, strippedOrNull(raw.section()),
                    published, strippedOrNull(raw.url()), people, proposals, rankings, context, fullText);
        }

        private Published published(String value) {
            if (Problems.isBlank(value)) {
                problems.add("", "'published' is missing; add the publication date as printed, with its time where "
                        + "the page prints one, e.g. 2024-01-28T20:50 or 2024-01-28");
                return null;
            }
            try {
                return Published.parse(value);
            } catch (DateTimeParseException e) {
                problems.add("", "published '" + value + "' is not a date like 2024-01-28 or a date and time like "
                        + "2024-01-28T20:50; fix it");
                return null;
            }
        }

        private <R, T> List<T> each(List<R> raws, String noun, Function<R, String> id,
                                    BiFunction<R, String, T> convert) {
            if (raws.stream().anyMatch(Objects::isNull)) {
                problems.add("", "a " + noun + " entry is empty (a lone '-'); fill it in or remove it");
                return List.of();
            }
            problems.checkUniqueIds(noun, raws, id);
            List<T> converted = new ArrayList<>(raws.size());
            for (int i = 0; i < raws.size(); i++) {
                String entry = Problems.entry(noun, id.apply(raws.get(i)), i);
                problems.checkId(entry, id.apply(raws.get(i)));
                converted.add(convert.apply(raws.get(i), entry));
            }
            return converted;
        }

        private Person person(RawPerson raw, String entry) {
            String name = problems.requireText(entry, "name", raw.name());
            if (raw.region() != null) {
                region(entry, raw.region());
            }
            return new Person(raw.id(), name, strippedOrNull(raw.chinese()), problems.texts(entry, "roles", raw.roles()),
                    strippedOrNull(raw.organisation()), strippedOrNull(raw.region()), quotes(entry, raw.quotes()));
        }

        private Proposal proposal(RawProposal raw, String entry) {
            String person = problems.requireText(entry, "person", raw.person());
            if (person != null && !personIds.contains(person)) {
                problems.add(entry, "person '" + person + "' is not among this brief's people"
                        + Problems.didYouMean(person, personIds) + "; use the id of an entry under 'people'");
            }
            List<String> regions = problems.texts(entry, "regions", raw.regions());
            regions.forEach(region -> region(entry, region));
            return new Proposal(raw.id(), person, kind(entry, raw.kind()), regions,
                    problems.requireTexts(entry, "topics", raw.topics()),
                    problems.requireText(entry, "summary", raw.summary()), quotes(entry, raw.quotes()));
        }

        private Proposal.Kind kind(String entry, String kind) {
            if (Problems.isBlank(kind)) {
                problems.add(entry, "'kind' is missing; add proposal or statement");
                return null;
            }
            return switch (kind.strip()) {
                case "proposal" -> Proposal.Kind.PROPOSAL;
                case "statement" -> Proposal.Kind.STATEMENT;
                default -> {
                    problems.add(entry, "kind '" + kind + "' is unknown; use proposal or statement");
                    yield null;
                }
            };
        }

        private Ranking ranking(RawRanking raw, String entry) {
            String name = problems.requireText(entry, "name", raw.name());
            YearMonth released = released(entry, raw.released());
            String measure = problems.requireText(entry, "measure", raw.measure());
            List<Ranking.Entry> entries = entries(entry, raw.size(), orEmpty(raw.entries()));
            return new Ranking(raw.id(), name, released, measure, entries, quotes(entry, raw.quotes()));
        }

        private YearMonth released(String entry, String value) {
            if (Problems.isBlank(value)) {
                problems.add(entry, "'released' is missing; add the year and month, e.g. 2023-05");
                return null;
            }
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(entry, "released '" + value + "' is not a year and month like 2023-05; fix it");
                return null;
            }
        }

        /** Positions run 1..size in order, each naming a distinct region of the gazetteer. */
        private List<Ranking.Entry> entries(String entry, Integer size, List<RawEntry> raws) {
            if (size == null) {
                problems.add(entry, "'size' is missing; add how many entries the brief reports");
            } else if (raws.size() != size) {
                problems.add(entry, "it has " + raws.size() + " entries but size " + size
                        + "; list exactly one entry for each position 1 to " + size);
            }
            List<Ranking.Entry> entries = new ArrayList<>();
            Map<String, Integer> positionOf = new HashMap<>();
            boolean orderReported = false;
            for (int i = 0; i < raws.size(); i++) {
                RawEntry raw = raws.get(i);
                if (raw == null || raw.position() == null || Problems.isBlank(raw.region())) {
                    problems.add(entry, "entry " + (i + 1) + " needs both a position and a region, e.g. "
                            + "{position: " + (i + 1) + ", region: beijing}");
                    continue;
                }
                if (raw.position() != i + 1 && !orderReported) {
                    orderReported = true;
                    problems.add(entry, "entry " + (i + 1) + " has position " + raw.position() + " where " + (i + 1)
                            + " is expected; positions run 1, 2, … " + (size == null ? "size" : size)
                            + " in order, without gaps or repeats");
                }
                String region = raw.region().strip();
                Integer earlier = positionOf.putIfAbsent(region, raw.position());
                if (earlier != null) {
                    problems.add(entry, "region '" + region + "' is ranked twice (positions " + earlier + " and "
                            + raw.position() + "); each region appears once");
                }
                region(entry, region);
                entries.add(new Ranking.Entry(raw.position(), region));
            }
            return entries;
        }

        private RegionContext context(RawContext raw, String entry) {
            List<String> regions = problems.requireTexts(entry, "regions", raw.regions());
            regions.forEach(region -> region(entry, region));
            return new RegionContext(raw.id(), regions, problems.requireText(entry, "summary", raw.summary()),
                    quotes(entry, raw.quotes()));
        }

        private void region(String entry, String region) {
            if (gazetteer.find(region.strip()).isEmpty()) {
                problems.add(entry, "region '" + region + "' is not in " + regionsFile + likelyId(region)
                        + "; use a gazetteer id, or add the region to " + regionsFile);
            }
        }

        // a region written by its name or alias ("Shenzhen", "YRD") is meant by its id; else look for a typo
        private String likelyId(String region) {
            return gazetteer.regions().stream()
                    .filter(known -> region.strip().equalsIgnoreCase(known.name())
                            || known.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(region.strip())))
                    .findFirst()
                    .map(known -> " (did you mean its id '" + known.id() + "'?)")
                    .orElseGet(() -> Problems.didYouMean(region,
                            gazetteer.regions().stream().map(Region::id).toList()));
        }

        private List<String> quotes(String entry, List<String> raws) {
            List<String> quotes = problems.requireTexts(entry, "quotes", raws);
            // numbered by their place in the file, blank ones included, so "quote 2" is the second the operator sees
            for (int i = 0; raws != null && i < raws.size(); i++) {
                String quote = raws.get(i);
                if (!Problems.isBlank(quote) && !text.contains(quote)) {
                    problems.add(entry, "quote " + (i + 1) + " does not occur in " + textFile + ": "
                            + text.mismatch(quote) + " Copy the quote verbatim from the text.");
                }
            }
            return quotes;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String strippedOrNull(String value) {
        return Problems.isBlank(value) ? null : value.strip();
    }

    private record RawBrief(String title, String subtitle, String publisher, String section, String published,
                            String url, List<RawPerson> people, List<RawProposal> proposals, List<RawRanking> rankings,
                            List<RawContext> context) {
    }

    private record RawPerson(String id, String name, String chinese, List<String> roles, String organisation,
                             String region, List<String> quotes) {
    }

    private record RawProposal(String id, String person, String kind, List<String> regions, List<String> topics,
                               String summary, List<String> quotes) {
    }

    private record RawRanking(String id, String name, String released, String measure, Integer size,
                              List<RawEntry> entries, List<String> quotes) {
    }

    private record RawEntry(Integer position, String region) {
    }

    private record RawContext(String id, List<String> regions, String summary, List<String> quotes) {
    }
}
