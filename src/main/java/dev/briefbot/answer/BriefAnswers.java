package dev.briefbot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Proposal;

/**
 * What the briefs themselves are: when and where each was published, under which headline and strapline, and what
 * it holds. Every fact comes from the brief's own lines; a fact the brief does not give is said to be missing.
 */
final class BriefAnswers {

    /** A fact about a brief that a question can ask for. */
    enum Field { DATE, TIME, PUBLISHER, SECTION, HEADLINE, SUBTITLE, TIMEZONE, URL, AUTHOR, PHOTO }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final Pattern PRINTED = Pattern.compile("(?im)^\\s*(?:published|posted|updated)\\s*(?:on|:)\\s*(.+?)\\s*$");
    private static final Pattern BYLINE = Pattern.compile("(?m)^\\s*By\\s+(\\p{Lu}[\\p{L} .'’-]{1,60})$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?im)\\bPhoto:\\s*([^\\n]{1,60}?)\\s*$");
    private static final int TOPICS_IN_SUMMARY = 8;

    private final Facts facts;
    private final Items items;

    BriefAnswers(Facts facts, Items items) {
        this.facts = facts;
        this.items = items;
    }

    /** The briefs newest first: every list of briefs reads that way. */
    List<Brief> newestFirst() {
        return facts.library().briefs().stream()
                .sorted(Comparator.comparing(Brief::published).reversed().thenComparing(Brief::id))
                .toList();
    }

    /** One fact of the given briefs (all of them when none is named), newest first. */
    Answer fact(Field field, List<Brief> asked) {
        List<Brief> briefs = asked.isEmpty() ? newestFirst() : asked;
        if (briefs.isEmpty()) {
            return Answer.of("No briefs are loaded.");
        }
        List<String> lines = briefs.stream().map(brief -> sentence(field, brief)).toList();
        if (briefs.size() == 1) {
            return new Answer(lines.get(0), List.of(), List.of(), List.of(
                    new Answer.Suggestion("Summary", "/summary"), new Answer.Suggestion("Sources", "/source")))
                    .about(Subject.of("brief-facts", field.name()));
        }
        List<Answer.Item> each = new ArrayList<>();
        for (int i = 0; i < briefs.size(); i++) {
            each.add(new Answer.Item(briefs.get(i).title(), List.of(lines.get(i)), List.of()));
        }
        return new Answer(briefs.size() + " briefs are loaded; newest first:", each, List.of(), List.of(
                new Answer.Suggestion("Sources", "/source"))).about(Subject.of("brief-facts", field.name()));
    }

    /** "The article was published on 28 January 2024, at 08:50 PM as printed.", or what the brief does not give. */
    String sentence(Field field, Brief brief) {
        String named = "“" + brief.title() + "”";
        return switch (field) {
            case DATE -> named + " was published on " + day(brief) + " by " + brief.publisher()
                    + ".";
            case TIME -> brief.published().time()
                    .map(time -> named + " was published at " + CLOCK.format(time) + " on " + day(brief)
                            + ", as printed; the brief gives no time zone.")
                    .orElse("The brief prints no time for " + named + ", only the date: " + day(brief) + ".");
            case PUBLISHER -> named + " was published by " + brief.publisher() + ", on "
                    + day(brief) + ".";
            case SECTION -> blank(brief.section())
                    ? "The brief “" + brief.title() + "” gives no section."
                    : named + " ran in the " + brief.section() + " section of " + brief.publisher() + ".";
            case HEADLINE -> "The headline is " + named + " (" + brief.publisher() + ", "
                    + day(brief) + ").";
            case SUBTITLE -> blank(brief.subtitle())
                    ? named + " has no subtitle."
                    : "The subtitle of " + named + " is “" + brief.subtitle() + "”.";
            case TIMEZONE -> "The brief gives no time zone: " + named + " prints only “" + printed(brief) + "”.";
            case URL -> url(brief).map(url -> named + " is at " + url)
                    .orElse("The brief gives no web address for " + named + ".");
            case AUTHOR -> byline(brief).map(author -> named + " was written by " + author + ".")
                    .orElse("The brief names no author for " + named + ".");
            case PHOTO -> photo(brief).map(credit -> "The photo in " + named + " is credited to " + credit + ".")
                    .orElse("The brief credits no photo in " + named + ".");
        };
    }

    /** {@code /summary}: what a brief is about, from its facts: title, subtitle, who, how many, where, on what. */
    Answer summary(List<Brief> asked) {
        List<Brief> briefs = asked.isEmpty() ? newestFirst() : asked;
        if (briefs.isEmpty()) {
            return Answer.of("No briefs are loaded.");
        }
        List<Answer.Item> summaries = briefs.stream().map(this::summaryItem).toList();
        String headline = briefs.size() == 1 ? summaryHeadline(briefs.get(0))
                : briefs.size() + " briefs, newest first: " + briefs.stream().map(this::shortName)
                        .reduce((one, other) -> one + "; " + other).orElse("");
        List<Answer.Suggestion> next = new ArrayList<>();
        next.add(new Answer.Suggestion("Topics", "/topics"));
        next.add(new Answer.Suggestion("Regions", "/region"));
        next.add(new Answer.Suggestion("People", "/advisor"));
        return new Answer(headline, summaries, List.of(), next)
                .about(Subject.of("summary", "").withRegions(regionIds(briefs)));
    }

    private String summaryHeadline(Brief brief) {
        return "“" + brief.title() + "” (" + brief.publisher() + ", " + day(brief) + "): "
                + count(brief.people().size(), "person", "people") + " with "
                + count(brief.proposals().size(), "proposal or statement", "proposals and statements") + ".";
    }

    private Answer.Item summaryItem(Brief brief) {
        List<String> lines = new ArrayList<>();
        if (!blank(brief.subtitle())) {
            lines.add(brief.subtitle());
        }
        long proposals = brief.proposals().stream().filter(p -> p.kind() == Proposal.Kind.PROPOSAL).count();
        long statements = brief.proposals().size() - proposals;
        lines.add(count(brief.people().size(), "person", "people") + ": " + Items.joined(
                brief.people().stream().map(person -> person.name()).toList(), "and") + ".");
        lines.add(count((int) proposals, "proposal", "proposals") + " and "
                + count((int) statements, "statement", "statements") + ".");
        List<String> regions = regionsOf(brief);
        if (!regions.isEmpty()) {
            lines.add("Regions: " + String.join(", ", regions) + ".");
        }
        List<String> topics = topicsOf(brief);
        if (!topics.isEmpty()) {
            lines.add("Topics: " + String.join(", ", topics) + ".");
        }
        brief.rankings().forEach(ranking -> lines.add("Ranking: " + items.rankingTitle(ranking) + ", top "
                + ranking.entries().size() + "."));
        return new Answer.Item(brief.title(), lines, List.of());
    }

    /** Regions with proposals in the brief, most proposals first. */
    private List<String> regionsOf(Brief brief) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        brief.proposals().forEach(proposal -> proposal.regions().forEach(id -> counts.merge(id, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(entry -> items.regionName(entry.getKey()))
                .toList();
    }

    private List<String> regionIds(List<Brief> briefs) {
        Set<String> ids = new LinkedHashSet<>();
        briefs.forEach(brief -> brief.proposals().forEach(proposal -> ids.addAll(proposal.regions())));
        return List.copyOf(ids);
    }

    /** The brief's topics, most proposals first, as its facts spell them. */
    private List<String> topicsOf(Brief brief) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        brief.proposals().forEach(proposal -> proposal.topics().forEach(topic -> {
            String key = topic.trim().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, topic.trim());
            counts.merge(key, 1, Integer::sum);
        }));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOPICS_IN_SUMMARY)
                .map(entry -> spelling.get(entry.getKey()))
                .toList();
    }

    /** "“Lawmakers … AI growth” (Global Times, 28 January 2024)". */
    String quoted(Brief brief) {
        return "“" + brief.title() + "” (" + brief.publisher() + ", " + day(brief) + ")";
    }

    /** "Global Times, 28 Jan 2024": how an item names its brief once several are loaded. */
    String shortName(Brief brief) {
        return brief.publisher() + ", " + SHORT_DAY.format(brief.published().date());
    }

    /** The publication time as the page prints it ("Jan 28, 2024 08:50 PM"), or as the facts give it. */
    static String printed(Brief brief) {
        Matcher line = PRINTED.matcher(brief.text());
        if (line.find()) {
            return line.group(1);
        }
        return day(brief) + brief.published().time().map(time -> " " + CLOCK.format(time)).orElse("");
    }

    private static String day(Brief brief) {
        return DAY.format(brief.published().date());
    }

    static Optional<String> url(Brief brief) {
        return Optional.ofNullable(brief.url()).filter(url -> !url.isBlank());
    }

    /** "Is this a Xinhua story?": whether the publisher is the one named, and who it is. */
    Answer isPublishedBy(String named, List<Brief> asked) {
        List<Brief> briefs = asked.isEmpty() ? newestFirst() : asked;
        Brief brief = briefs.get(0);
        boolean yes = brief.publisher() != null && brief.publisher().toLowerCase(Locale.ROOT)
                .contains(named.toLowerCase(Locale.ROOT));
        String headline = (yes ? "Yes. " : "No. ") + quoted(brief).replaceFirst("\\s\\(.*\\)$", "")
                + " was published by " + brief.publisher() + ", on " + day(brief) + ".";
        return new Answer(headline, List.of(), List.of(), List.of(new Answer.Suggestion("Sources", "/source")))
                .about(Subject.of("brief-facts", named));
    }

    private static Optional<String> photo(Brief brief) {
        Matcher line = PHOTO_CREDIT.matcher(brief.text());
        return line.find() ? Optional.of(line.group(1).strip()) : Optional.empty();
    }

    private static Optional<String> byline(Brief brief) {
        Matcher line = BYLINE.matcher(brief.text());
        return line.find() ? Optional.of(line.group(1).strip()) : Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
