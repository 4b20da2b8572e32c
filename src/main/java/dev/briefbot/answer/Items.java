package dev.briefbot.answer;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/** How a proposal or a person becomes an {@link Answer.Item}: one shape everywhere, so answers read alike. */
final class Items {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Gazetteer gazetteer;
    // immutable and dependent only on the library: made once, not per ask; identity maps, as a record's hash would
    // walk its whole brief
    private final Map<ProposalFact, Answer.Point> points;
    private final Map<Ranking, String> rankingTitles;

    /** Items for the library's facts, with every proposal's point and every ranking's title made up front. */
    Items(Facts facts) {
        this.gazetteer = facts.gazetteer();
        this.points = madeOnce(facts.proposals(), this::pointOf);
        this.rankingTitles = madeOnce(facts.rankings().stream().map(Facts.RankingFact::ranking).toList(),
                Items::title);
    }

    /** One proposal under its person: "Wu Wenyan — member of … · Beijing", then "Proposed: …" and the quotes. */
    Answer.Item proposal(ProposalFact fact) {
        return byPerson(List.of(fact)).get(0);
    }

    /**
     * Proposals grouped by who made them, in the order given (the most relevant first): one item a person and
     * brief, its points their proposals, so a person who said three things is one header, not three.
     */
    List<Answer.Item> byPerson(List<ProposalFact> facts) {
        Map<String, List<ProposalFact>> groups = new LinkedHashMap<>();
        facts.forEach(fact -> groups.computeIfAbsent(fact.brief().id() + "/" + fact.person().id(),
                key -> new ArrayList<>()).add(fact));
        return groups.values().stream().map(said -> new Answer.Item(personTitle(said.get(0).person()), List.of(),
                said.stream().map(this::point).toList(), tag(said.get(0).brief()))).toList();
    }

    /** "Proposed: apply AI robots …" or "Said: …", with the quotes, and the regions where they are not the person's. */
    Answer.Point point(ProposalFact fact) {
        Answer.Point made = points.get(fact);
        return made != null ? made : pointOf(fact);
    }

    private Answer.Point pointOf(ProposalFact fact) {
        String verb = fact.proposal().kind() == Proposal.Kind.STATEMENT ? "Said: " : "Proposed: ";
        List<String> elsewhere = fact.proposal().regions().stream()
                .filter(id -> !id.equals(fact.person().region()))
                .map(this::regionName)
                .toList();
        String where = elsewhere.isEmpty() ? "" : " — for " + joined(elsewhere, "and");
        return new Answer.Point(verb + fact.proposal().summary() + where,
                quotes(fact.brief(), fact.proposal().quotes()));
    }

    /**
     * The proposal under its person with the quotes only: for an answer whose headline already says what was
     * proposed, so the summary is not said twice.
     */
    Answer.Item quotedOnly(ProposalFact fact) {
        Answer.Item item = proposal(fact);
        return new Answer.Item(item.title(), item.lines(),
                item.points().stream().map(point -> new Answer.Point("", point.quotes())).toList(), item.tag());
    }

    /** "Global Times, 28 Jan 2024": which brief an item comes from, once an answer quotes several. */
    static String tag(Brief brief) {
        return brief.publisher() + ", " + SHORT_DAY.format(brief.published().date());
    }

    /**
     * Each quote once per answer: a quote already shown, or held inside a longer one shown, is left out where it
     * comes again (a person's introduction is often the opening of their proposal). A point left with no quote keeps
     * its line; an item left with nothing is dropped.
     */
    static List<Answer.Item> eachQuoteOnce(List<Answer.Item> items) {
        List<String> shown = new ArrayList<>();
        items.forEach(item -> item.quotes().forEach(quote -> shown.add(normalised(quote.text()))));
        List<String> kept = new ArrayList<>();
        List<Answer.Item> result = new ArrayList<>();
        for (Answer.Item item : items) {
            List<Answer.Point> points = new ArrayList<>();
            for (Answer.Point point : item.points()) {
                List<Answer.Quote> quotes = new ArrayList<>();
                for (Answer.Quote quote : point.quotes()) {
                    String text = normalised(quote.text());
                    boolean inside = shown.stream().anyMatch(other -> other.length() > text.length()
                            && other.contains(text));
                    if (!inside && !kept.contains(text)) {
                        quotes.add(quote);
                        kept.add(text);
                    }
                }
                if (!quotes.isEmpty() || !point.text().isBlank()) {
                    points.add(new Answer.Point(point.text(), quotes));
                }
            }
            if (!points.isEmpty() || !item.lines().isEmpty() || item.points().isEmpty()) {
                result.add(new Answer.Item(item.title(), item.lines(), points, item.tag()));
            }
        }
        return result;
    }

    /**
     * The quote with each run of white space (non-breaking spaces too) as one space, trimmed: a plain loop, as a
     * regular expression over every quote was most of a region answer's time.
     */
    static String normalised(String quote) {
        StringBuilder out = new StringBuilder(quote.length());
        boolean space = false;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
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
        return new Answer.Item(person.name(), lines, List.of(new Answer.Point("",
                quotes(fact.brief(), person.quotes()))), tag(fact.brief()));
    }

    /** What a brief says about a region's situation, proposed by no one. */
    Answer.Item context(Facts.ContextFact fact) {
        return new Answer.Item("Context", List.of(), List.of(new Answer.Point(fact.context().summary(),
                quotes(fact.brief(), fact.context().quotes()))), tag(fact.brief()));
    }

    /** The ranking's name and month, the given lines, and the passage that reports it. */
    Answer.Item ranking(Facts.RankingFact fact, List<String> lines) {
        return new Answer.Item(rankingTitle(fact.ranking()), lines, List.of(new Answer.Point("",
                quotes(fact.brief(), fact.ranking().quotes()))), tag(fact.brief()));
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
        return new Answer.Item(whole.title(), whole.lines(), List.of(new Answer.Point("", cut)), whole.tag());
    }

    /** "Regional Competitiveness Evaluation Index of … in 2023 (May 2023)". */
    String rankingTitle(Ranking ranking) {
        String made = rankingTitles.get(ranking);
        return made != null ? made : title(ranking);
    }

    private static String title(Ranking ranking) {
        return ranking.name() + " (" + month(ranking.released()) + ")";
    }

    /**
     * A person's roles in a few words, with their region: "Beijing CPPCC", "CPPCC, Shenzhen", "Shanghai CPPCC; CEO
     * of SenseTime", "founder and chairman of 360 Security Technology".
     */
    static String shortRole(Person person, Items items) {
        List<String> roles = new ArrayList<>();
        boolean regionSaid = false;
        for (String role : person.roles()) {
            java.util.regex.Matcher committee = LOCAL_COMMITTEE.matcher(role);
            if (committee.find()) {
                roles.add(committee.group(1) + " CPPCC");
                regionSaid = true;
            } else {
                roles.add(role.replaceFirst("^(?i)CPPCC member$", "CPPCC"));
            }
        }
        if (person.region() != null && !regionSaid) {
            roles.add(items.regionName(person.region()));
        }
        return roles.isEmpty() ? person.name() : String.join(", ", roles);
    }

    private static final java.util.regex.Pattern LOCAL_COMMITTEE =
            java.util.regex.Pattern.compile("^member (?:of|from) the (.+?) Committee of the CPPCC$");

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
