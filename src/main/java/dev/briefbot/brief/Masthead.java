package dev.briefbot.brief;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's own lines say about it, read as a news page prints them before the story: a section line in
 * capitals ("CHINA / POLITICS"), the headline, a standfirst, the dateline ("Published: Jan 28, 2024 08:50 PM", or a
 * date alone), a "Source:" or "By …" line; and, failing a publisher line, the newspaper the story says someone
 * "told". What it cannot find is {@code null}: the title falls back to the first line.
 *
 * @param bodyStart where the story begins in the text, after these lines
 */
public record Masthead(String title, String subtitle, String section, String publisher, Published published,
                       int bodyStart) {

    private static final int LONGEST_HEADER_LINE = 200;
    private static final int HEADER_LINES = 10;
    private static final Pattern SECTION = Pattern.compile("[\\p{Lu}\\d &/|>·,'’-]{3,60}");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)^(?:published|updated|posted|date|first published|released)\\s*(?:on|at)?\\s*[:：]?\\s*(.+)$");
    private static final Pattern PUBLISHER_LINE = Pattern.compile(
            "(?i)^(?:source|publisher|from)\\s*[:：]\\s*(.{2,80})$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.{2,120})$");
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(photo|image|file photo|graphic|illustration)"
            + "\\s*[:：]|^\\(?(photo|image)s?\\b");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String TIME = "(?:[,\\s|·-]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
            + "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?");
    // "6:00am, 24 Jan 2025": a time printed before its date
    private static final Pattern TIME_FIRST = Pattern.compile(
            "(?i)^\\s*(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*[,|·-]?\\s*(?=.*\\d{4})");
    private static final Pattern ID_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TOLD = Pattern.compile(
            "\\btold (?:the )?((?:[A-Z][\\w&'’.-]*)(?: [A-Z][\\w&'’.-]*){0,3})");

    /** Reads the lines before the story; {@code id} gives a date ({@code 2024-01-28-…}) where the text prints none. */
    public static Masthead read(String id, String text) {
        List<String> header = new ArrayList<>();
        int bodyStart = headerLines(text, header);
        String section = null;
        String publisher = null;
        Published published = null;
        List<String> headlines = new ArrayList<>();
        boolean afterDate = false;
        for (String line : segments(header)) {
            Matcher labelled = LABELLED_DATE.matcher(line);
            Matcher source = PUBLISHER_LINE.matcher(line);
            Optional<Published> date = labelled.matches() ? date(labelled.group(1)) : dateAlone(line);
            if (date.isPresent()) {
                published = published == null ? date.get() : published;
                afterDate = true;
            } else if (source.matches()) {
                publisher = source.group(1).strip();
            } else if (BYLINE.matcher(line).matches() || CREDIT.matcher(line).find()) {
                continue;
            } else if (section == null && headlines.isEmpty() && isSection(line)) {
                section = line;
            } else if (section == null && headlines.isEmpty() && masthead(line).isPresent()) {
                // "Shenzhen Daily | BUSINESS": the paper's name beside its section
                String[] parts = masthead(line).get();
                section = parts[1];
                publisher = publisher == null ? parts[0] : publisher;
            } else if (!afterDate) {
                headlines.add(line);
            }
        }
        String title = headlines.isEmpty() ? firstLine(text, id) : headlines.get(0);
        String subtitle = headlines.size() > 1 ? headlines.get(1) : null;
        if (publisher == null) {
            publisher = toldPublisher(text.substring(bodyStart));
        }
        if (published == null) {
            published = idDate(id);
        }
        return new Masthead(title, subtitle, section, publisher, published, bodyStart);
    }

    // "Source: Xinhua | Editor: huaxia | 2025-01-20": each labelled part read as a line of its own
    private static List<String> segments(List<String> header) {
        List<String> lines = new ArrayList<>();
        for (String line : header) {
            String[] parts = line.split("\\s+\\|\\s+");
            boolean labelled = parts.length > 1 && java.util.Arrays.stream(parts).anyMatch(part ->
                    PUBLISHER_LINE.matcher(part).matches() || LABELLED_DATE.matcher(part).matches()
                            || part.matches("(?i)^(?:editor|by|author|reporter)\\s*[:：].*"));
            if (labelled) {
                for (String part : parts) {
                    if (!part.matches("(?i)^(?:editor|author|reporter)\\s*[:：].*")) {
                        lines.add(part);
                    }
                }
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A date (and time) somewhere in a line, in the forms news pages print, the time before or after the date. */
    public static Optional<Published> date(String text) {
        Optional<Published> date = dateWithTimeAfter(text);
        Matcher before = TIME_FIRST.matcher(text);
        if (date.isPresent() && date.get().dateOnly() && before.find()) {
            return published(date.get().date().getYear(), date.get().date().getMonthValue(),
                    date.get().date().getDayOfMonth(), before.group(1), before.group(2), before.group(3));
        }
        return date;
    }

    private static Optional<Published> dateWithTimeAfter(String text) {
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) {
            return published(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)),
                    mdy.group(4), mdy.group(5), mdy.group(6));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            return published(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)),
                    dmy.group(4), dmy.group(5), dmy.group(6));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return published(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), iso.group(4), iso.group(5), null);
        }
        return Optional.empty();
    }

    // a line that is nothing but a date (and time, and perhaps a weekday): a dateline without a label
    private static Optional<Published> dateAlone(String line) {
        if (line.length() > 60) {
            return Optional.empty();
        }
        String rest = line.replaceAll("(?i)\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\b,?", "")
                .replaceAll("(?i)\\b(GMT|UTC|CST|BJT|Beijing time)([+-]\\d+)?\\b", "");
        Optional<Published> date = date(rest);
        if (date.isEmpty()) {
            return date;
        }
        String left = MONTH_DAY_YEAR.matcher(rest).replaceFirst("");
        left = DAY_MONTH_YEAR.matcher(left).replaceFirst("");
        left = ISO.matcher(left).replaceFirst("");
        return left.replaceAll("[\\s,|·:()+-]", "").isEmpty() ? date : Optional.empty();
    }

    private static Optional<Published> published(int year, int month, int day, String hour, String minute,
                                                 String half) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour == null) {
                return Optional.of(Published.on(date));
            }
            int h = Integer.parseInt(hour);
            if (half != null) {
                boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }
            return Optional.of(new Published(date, Optional.of(LocalTime.of(h, Integer.parseInt(minute)))));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The short lines before the first paragraph of the story; returns where the story begins. */
    private static int headerLines(String text, List<String> header) {
        int at = 0;
        while (at < text.length() && header.size() < HEADER_LINES) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            // a page's header lines hold non-breaking spaces ("CHINA / POLITICS"): read as plain spaces
            String line = text.substring(at, end).replaceAll("[\\h\\s]+", " ").strip();
            if (isStory(line)) {
                return at;
            }
            if (!line.isEmpty()) {
                header.add(line);
            }
            at = end + 1;
        }
        return Math.min(at, text.length());
    }

    // a paragraph of the story: long, or a full sentence of many words
    private static boolean isStory(String line) {
        if (line.length() > LONGEST_HEADER_LINE) {
            return true;
        }
        int words = line.split("\\s+").length;
        return words >= 12 && (line.endsWith(".") || line.endsWith(".\"") || line.endsWith(".”"));
    }

    private static Optional<String[]> masthead(String line) {
        String[] parts = line.split("\\s+[|·]\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        if (isSection(parts[1]) && !isSection(parts[0])) {
            return Optional.of(new String[] {parts[0], parts[1]});
        }
        return isSection(parts[0]) && !isSection(parts[1]) ? Optional.of(new String[] {parts[1], parts[0]})
                : Optional.empty();
    }

    private static boolean isSection(String line) {
        return SECTION.matcher(line).matches() && line.chars().anyMatch(Character::isLetter)
                && line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String toldPublisher(String body) {
        Matcher told = TOLD.matcher(body);
        while (told.find()) {
            String name = told.group(1).replaceAll("[.’'-]+$", "");
            // "told Xinhua", "told the Global Times", "told China Daily"; not a person ("told Li Ming") nor a
            // body ("told the Provincial People's Congress"): a newspaper's name has a word newspapers' names use
            if (name.matches(".*\\b(Times|Daily|News|Post|Xinhua|Journal|Herald|Review|Weekly|Agency|"
                    + "Network|Television|TV|Radio|Press|Observer|Globe|Tribune|Telegraph|Guardian|Economist|"
                    + "Caixin|Sixth Tone|Reuters|Bloomberg|CGTN|CCTV)\\b.*")) {
                return name;
            }
        }
        return null;
    }

    private static Published idDate(String id) {
        Matcher date = ID_DATE.matcher(id);
        if (!date.find()) {
            return null;
        }
        return published(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                Integer.parseInt(date.group(3)), null, null, null).orElse(null);
    }

    private static String firstLine(String text, String id) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                String title = line.strip();
                return title.length() <= 120 ? title : title.substring(0, 117) + "…";
            }
        }
        return id;
    }
}
