package dev.briefbot.answer;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/** How a proposal or a person becomes an {@link Answer.Item}: one shape everywhere, so answers read alike. */
final class Items {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Gazetteer gazetteer;
    // immutable and dependent only on the library: made once, not per ask; identity maps, as a record's hash would
    // walk its whole brief
    private final Map<ProposalFact, Answer.Item> proposalItems;
    private final Map<Ranking, String> rankingTitles;

    /** Items made on each call: for tests and callers without a library at hand. */
    Items(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.proposalItems = Collections.emptyMap(); // not Map.of(): its get would hash the whole record
        this.rankingTitles = Collections.emptyMap();
    }

    /** Items for the library's facts, with every proposal's item and every ranking's title made up front. */
    Items(Facts facts) {
        this.gazetteer = facts.gazetteer();
        this.proposalItems = madeOnce(facts.proposals(), this::proposalItem);
        this.rankingTitles = madeOnce(facts.rankings().stream().map(Facts.RankingFact::ranking).toList(),
                Items::title);
    }

    /** "Wu Wenyan — member of the Beijing Committee of the CPPCC · Beijing", the summary, the quotes. */
    Answer.Item proposal(ProposalFact fact) {
        Answer.Item made = proposalItems.get(fact);
        return made != null ? made : proposalItem(fact);
    }

    private Answer.Item proposalItem(ProposalFact fact) {
        List<String> lines = new ArrayList<>();
        lines.add(fact.proposal().summary());
        List<String> regions = fact.proposal().regions().stream().map(this::regionName).toList();
        if (!regions.isEmpty()) {
            lines.add("Region: " + String.join(", ", regions));
        }
        return new Answer.Item(personTitle(fact.person()), lines, quotes(fact.brief(), fact.proposal().quotes()));
    }

    /** Who the person is: roles, organisation and region as the brief gives them, with the passage that says so. */
    Answer.Item person(Facts.PersonFact fact) {
        Person person = fact.person();
        List<String> lines = new ArrayList<>();
        if (!person.roles().isEmpty()) {
            lines.add("Role: " + String.join("; ", person.roles()));
        }
        if (person.organisation() != null && !person.organisation().isBlank()) {
            lines.add("Organisation: " + person.organisation());
        }
        if (person.region() != null) {
            lines.add("Region: " + regionName(person.region()));
        }
        return new Answer.Item(person.name(), lines, quotes(fact.brief(), person.quotes()));
    }

    /** What a brief says about a region's situation, proposed by no one. */
    Answer.Item context(Facts.ContextFact fact) {
        return new Answer.Item("Context: " + fact.context().summary(), List.of(),
                quotes(fact.brief(), fact.context().quotes()));
    }

    /** The ranking's name and month, the given lines, and the passage that reports it. */
    Answer.Item ranking(Facts.RankingFact fact, List<String> lines) {
        return new Answer.Item(rankingTitle(fact.ranking()), lines, quotes(fact.brief(), fact.ranking().quotes()));
    }

    /**
     * The ranking with only as much of its quote as the answer needs: up to the name of the region at {@code upTo},
     * then "…", so "who is 6th to 8th?" does not list the 9th and 10th. The cut quote is still the text's own words.
     */
    Answer.Item ranking(Facts.RankingFact fact, List<String> lines, int upTo) {
        Answer.Item whole = ranking(fact, lines);
        if (upTo >= fact.ranking().entries().size() || upTo < 1) {
            return whole;
        }
        String last = fact.ranking().entryAt(upTo).map(entry -> regionName(entry.region())).orElse(null);
        List<Answer.Quote> cut = whole.quotes().stream().map(quote -> {
            int at = last == null ? -1 : quote.text().lastIndexOf(last);
            return at < 0 ? quote : new Answer.Quote(quote.text().substring(0, at + last.length()) + " …",
                    quote.source());
        }).toList();
        return new Answer.Item(whole.title(), whole.lines(), cut);
    }

    /** "Regional Competitiveness Evaluation Index of … in 2023 (May 2023)". */
    String rankingTitle(Ranking ranking) {
        String made = rankingTitles.get(ranking);
        return made != null ? made : title(ranking);
    }

    private static String title(Ranking ranking) {
        return ranking.name() + " (" + month(ranking.released()) + ")";
    }

    /** The person's name with their roles and region, as the brief gives them. */
    String personTitle(Person person) {
        StringBuilder title = new StringBuilder(person.name());
        if (!person.roles().isEmpty()) {
            title.append(" — ").append(String.join("; ", person.roles()));
        }
        if (person.region() != null) {
            title.append(" · ").append(regionName(person.region()));
        }
        return title.toString();
    }

    List<Answer.Quote> quotes(Brief brief, List<String> texts) {
        return texts.stream().map(text -> new Answer.Quote(text, brief.source())).toList();
    }

    String regionName(String regionId) {
        return gazetteer.find(regionId).map(Region::name).orElse(regionId);
    }

    private static <K, V> Map<K, V> madeOnce(List<K> keys, Function<K, V> make) {
        Map<K, V> made = new IdentityHashMap<>();
        keys.forEach(key -> made.put(key, make.apply(key)));
        return Collections.unmodifiableMap(made);
    }

    static String month(YearMonth month) {
        return month == null ? "date not given" : MONTH.format(month);
    }

    /** "Shanghai", "Shanghai or Jiangsu", "Shanghai, Jiangsu or Anhui". */
    static String joined(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " "
                + parts.get(parts.size() - 1);
    }

    /** 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st. */
    static String ordinal(int position) {
        int lastTwo = position % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return position + "th";
        }
        return switch (position % 10) {
            case 1 -> position + "st";
            case 2 -> position + "nd";
            case 3 -> position + "rd";
            default -> position + "th";
        };
    }
}
